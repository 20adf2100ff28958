"""Shared plumbing for the end-to-end bots: keys from the environment, one line per step."""
import json
import os
import sys
import urllib.request


class Steps:
    def __init__(self, client):
        self.client = client
        self.passed = 0
        self.failed = 0

    def run(self, name, step):
        try:
            step()
        except Exception as error:  # a step's failure is reported, the next step still runs
            reason = f"{type(error).__name__}: {error}".replace("\n", " ")
            print(f"FAIL {name}: {reason[:400]}", flush=True)
            self.failed += 1
        else:
            print(f"PASS {name}", flush=True)
            self.passed += 1

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed ({self.client})", flush=True)
        sys.exit(1 if self.failed else 0)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_code(code, call):
    """Runs `call`, which must fail with OKX error `code` (in the exception text or the response)."""
    try:
        result = call()
    except Exception as error:
        check(f'"{code}"' in str(error) or f"'{code}'" in str(error) or str(code) in str(error),
              f"expected OKX code {code}, got {type(error).__name__}: {error}")
        return
    check(isinstance(result, dict) and result.get("code") == str(code), f"expected OKX code {code}, got {result}")


class Environment:
    """What scripts/e2e-bots.sh exports: the simulator's URLs and the keys it printed."""

    def __init__(self):
        self.url = os.environ["OKX_SIM_URL"]
        self.skewed_url = os.environ["OKX_SIM_SKEWED_URL"]
        self.demo = (os.environ["OKX_SIM_DEMO_KEY"], os.environ["OKX_SIM_DEMO_SECRET"], os.environ["OKX_SIM_DEMO_PASSPHRASE"])
        self.live = (os.environ["OKX_SIM_LIVE_KEY"], os.environ["OKX_SIM_LIVE_SECRET"], os.environ["OKX_SIM_LIVE_PASSPHRASE"])


def control(url, path, body):
    """Calls the simulator's control API (POST /sim/v1/…, no OKX auth) and returns its first row."""
    request = urllib.request.Request(url + path, data=json.dumps(body).encode(), method="POST", headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        answer = json.load(response)
    check(answer["code"] == "0", f"control API {path}: {answer}")
    return answer["data"][0] if answer["data"] else None


def set_price(url, inst_id, px):
    """Moves the simulator's price through its control API (POST /sim/v1/price, no OKX auth)."""
    body = json.dumps({"instId": inst_id, "px": str(px)}).encode()
    request = urllib.request.Request(url + "/sim/v1/price", data=body, method="POST", headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        answer = json.load(response)
    check(answer["code"] == "0", f"control API: {answer}")
    return answer["data"][0]
