"""A third-party MCP client, unmodified (the `mcp` package from PyPI), driving `okx mcp` over
stdio against the simulator as an agent would: initialize, list tools (and their size), search
the catalogue, read, a write refused on a read-only server, a dry run, a demo order sized in
USDT placed and cancelled, a budget refusal, an OKX error with its fix, live refused without
--allow-live-trade, and the audit log holding every call and no secret."""
import asyncio
import json
import os
import tempfile

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

from harness import Environment, Steps, check

env = Environment()
okx = os.environ["OKX_BIN"]
home = tempfile.mkdtemp(prefix="okx-mcp-agent-")
audit = os.path.join(home, "audit.jsonl")


def server(key, *arguments):
    api_key, secret, passphrase = key
    return StdioServerParameters(
        command=okx,
        args=["mcp", "--audit-log", audit, *arguments],
        env={"HOME": home, "PATH": "/usr/bin:/bin", "OKX_API_BASE_URL": env.url,
             "OKX_API_KEY": api_key, "OKX_SECRET_KEY": secret, "OKX_PASSPHRASE": passphrase},
    )


def answer(result):
    """The tool result's JSON and whether it is an error."""
    return json.loads(result.content[0].text), bool(result.is_error)


async def session_steps(steps, parameters, body):
    async with stdio_client(parameters) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            await body(session)


def run(steps, name, coroutine_function):
    """Runs one async step through Steps (which reports PASS/FAIL), with the first real error of
    an exception group (the client's task group wraps them) as the reason."""
    def step():
        try:
            asyncio.run(coroutine_function())
        except BaseExceptionGroup as group:
            while isinstance(group, BaseExceptionGroup):
                group = group.exceptions[0]
            raise group
    steps.run(name, step)


steps = Steps("mcp (PyPI) -> okx mcp")
order = {"instId": "BTC-USDT-SWAP", "side": "buy", "ordType": "limit", "usdt": "500", "px": "20000"}


async def read_only():
    async def body(session):
        tools = await session.list_tools()
        names = [t.name for t in tools.tools]
        check("search_endpoints" in names and "place_order" not in names, f"read-only tools: {names}")
        size = len(json.dumps(tools.model_dump(mode="json", exclude_none=True), separators=(",", ":"))) // 4
        check(size < 8000, f"tools/list is about {size} tokens")
        print(f"  default tools/list: {len(names)} tools, about {size} tokens", flush=True)
        found, error = answer(await session.call_tool("search_endpoints", {"query": "order book"}))
        check(not error and any(e["name"] == "MarketData.orderBook" for e in found["endpoints"]), f"search: {found}")
        data, error = answer(await session.call_tool("call_endpoint", {"endpoint": "MarketData.ticker", "arguments": {"instId": "BTC-USDT"}}))
        check(not error and data["environment"]["trading"] == "demo" and data["data"][0]["instId"] == "BTC-USDT", f"ticker: {data}")
        snapshot, error = answer(await session.call_tool("market_snapshot", {"instId": "BTC-USDT-SWAP"}))
        check(not error and "funding" in snapshot and "ctVal" in snapshot["instrument"], f"snapshot: {snapshot}")
        refused, error = answer(await session.call_tool("call_endpoint", {"endpoint": "Trade.placeOrder", "arguments": {
            "instId": "BTC-USDT", "tdMode": "cash", "side": "buy", "ordType": "limit", "sz": "0.01", "px": "100"}}))
        check(error and refused["error"]["category"] == "refused", f"write on a read-only server: {refused}")
    await session_steps(steps, server(env.demo), body)


async def trading():
    async def body(session):
        tools = await session.list_tools()
        place = next(t for t in tools.tools if t.name == "place_order")
        check(place.annotations.destructive_hint is True and place.annotations.read_only_hint is False, f"annotations: {place.annotations}")
        dry, error = answer(await session.call_tool("place_order", {**order, "dry_run": True}))
        check(not error and dry["dryRun"] and dry["method"] == "POST" and "OK-ACCESS-SIGN: <computed at send time, not shown>" in dry["headers"], f"dry run: {dry}")
        check(env.demo[1] not in json.dumps(dry) and env.demo[2] not in json.dumps(dry), "the dry run shows no secret")
        placed, error = answer(await session.call_tool("place_order", order))
        check(not error and placed["ordId"] and placed["environment"]["trading"] == "demo", f"place: {placed}")
        cancelled, error = answer(await session.call_tool("cancel_order", {"instId": "BTC-USDT-SWAP", "ordId": placed["ordId"]}))
        check(not error and cancelled["cancelled"], f"cancel: {cancelled}")
        big, error = answer(await session.call_tool("place_order", {**order, "usdt": "5000"}))
        check(error and "--max-order-value" in big["error"]["message"], f"budget: {big}")
        bad, error = answer(await session.call_tool("market_snapshot", {"instId": "NOPE-USDT"}))
        check(error and bad["error"]["code"] == "51001" and bad["error"]["fix"], f"OKX error: {bad}")
    await session_steps(steps, server(env.demo, "--allow-trade", "--max-order-value", "1000"), body)


async def live():
    async def body(session):
        refused, error = answer(await session.call_tool("place_order", order))
        check(error and "--allow-live-trade" in refused["error"]["message"] and refused["environment"]["trading"] == "live", f"live: {refused}")
    await session_steps(steps, server(env.live, "--live", "--allow-trade"), body)


def audit_log():
    with open(audit) as file:
        lines = [json.loads(line) for line in file if line.strip()]
    check(len(lines) == 10, f"one line per call: {len(lines)}")
    text = open(audit).read()
    for key in (env.demo, env.live):
        check(key[1] not in text and key[2] not in text, "no secret in the audit log")
    check({line["outcome"] for line in lines} >= {"ok", "refused", "dry_run", "okx_error"}, f"outcomes: {[l['outcome'] for l in lines]}")


run(steps, "read-only session: list, search, read, write refused", read_only)
run(steps, "trading session: dry run, place and cancel in USDT, budget, OKX error", trading)
run(steps, "live refused without --allow-live-trade", live)
steps.run("audit log: every call, no secret", audit_log)
steps.finish()
