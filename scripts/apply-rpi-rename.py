#!/usr/bin/env python3
"""Applies OKX's ELP -> RPI rename (2026) to our copy of the API table, idempotently.

The shared table was scraped from OKX's docs in June 2026, before OKX renamed the Enhanced
Liquidity Program to Retail Price Improvement (demo 2026-07-23, production 2026-07-28; the ELP
names stopped working after 2026-10-31). The facts and their sources are listed in
Data/okx/CORRECTIONS.md, section "ELP renamed RPI (2026)". Run it after replacing
Data/okx/api-spec.json or Data/okx/endpoints.tsv with a newer shared copy; it changes nothing
on a table that already has the RPI names.

Usage: python3 scripts/apply-rpi-rename.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = os.path.join(ROOT, "Data", "okx", "api-spec.json")
TSV = os.path.join(ROOT, "Data", "okx", "endpoints.tsv")

RPI_ORDER = "Retail Price Improvement order"


def field(name, kind, doc_type, path=None, required=None, values=(), evidence=None):
    return {
        "doc_type": doc_type, "kind": kind, "kind_evidence": evidence, "name": name,
        "path": path or name, "required": required,
        "values": [{"label": label, "value": value} for value, label in values],
    }


def taker_access(path):
    return field("rpiTakerAccess", "boolean", "Boolean", path=path, required=False,
                 values=[("true", "the order may trade against RPI liquidity"),
                         ("false", "the order trades against organic liquidity only")],
                 evidence="renamed from isElpTakerAccess (OKX API changelog, 2026-07)")


def px_round(path):
    return field("rpiPxRound", "boolean", "Boolean", path=path, required=False,
                 values=[("true", "round a price that breaks the RPI spacing rule outwards"),
                         ("false", "refuse a price that breaks the RPI spacing rule")],
                 evidence="new with RPI (OKX API changelog, 2026-07)")


def rename_values(fields):
    changed = False
    for f in fields:
        for v in f.get("values") or []:
            if f["name"] == "ordType" and v["value"] == "elp":
                v["value"], v["label"] = "rpi", RPI_ORDER
                changed = True
            elif "ELP" in (v.get("label") or "") or "Enhanced Liquidity Program" in (v.get("label") or ""):
                v["label"] = v["label"].replace("Enhanced Liquidity Program", "Retail Price Improvement").replace("ELP", "RPI")
                changed = True
    return changed


def replace_field(fields, old, new_fields):
    for i, f in enumerate(fields):
        if f["name"] == old:
            prefix = f["path"][: -len(old)]
            fields[i:i + 1] = [make(prefix + name) for name, make in new_fields]
            return True
    return False


def has(fields, name):
    return any(f["name"] == name for f in fields)


def add_after(fields, after, new):
    if has(fields, new["name"]):
        return
    for i, f in enumerate(fields):
        if f["path"] == after:
            fields.insert(i + 1, new)
            return
    fields.append(new)


def rename_key(value, old, new):
    """Renames a key everywhere in a JSON value (examples), keeping the key order."""
    if isinstance(value, dict):
        return {(new if k == old else k): rename_key(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [rename_key(v, old, new) for v in value]
    return value


def rename_in_example(e, key, old, new):
    raw = e.get(key)
    if raw is None:
        return
    if isinstance(raw, str):
        try:
            parsed = json.loads(raw)
        except ValueError:
            return
        e[key] = json.dumps(rename_key(parsed, old, new), ensure_ascii=False)
    else:
        e[key] = rename_key(raw, old, new)


BOOKS_RPI_EXAMPLE = {
    # OKX's response example for GET /api/v5/market/books-rpi (docs-v5, "GET / RPI order book").
    "code": "0", "msg": "",
    "data": [{
        "asks": [["67855.2", "0.5", "0.5", "1"], ["67856.0", "1.3", "1.0", "4"], ["67860.5", "0.3", "0", "1"]],
        "bids": [["67854.8", "1.7", "1.2", "3"], ["67853.0", "0.8", "0.8", "1"]],
        "ts": "1785310731002", "seqId": 332042172451,
    }],
}


def books_rpi_endpoint(books):
    levels = "array of [price, totalQty, nonRpiQty, count] numeric-string arrays"
    return {
        "id": "order-book-trading-market-data-get-rpi-order-book",
        "id_derived": False,
        "method": "GET",
        "notes": [],
        "params": [
            field("instId", "string", "String", required=True),
            field("sz", "integer", "String", required=False, evidence="integer per description"),
        ],
        "path": "/api/v5/market/books-rpi",
        "permission": None,
        "rate_limit": "20 requests per 2 seconds",
        "rate_limit_extra": [],
        "rate_limit_rule": "IP",
        "request_example": "/api/v5/market/books-rpi?instId=BTC-USDT-SWAP&sz=3",
        "response": [
            field("asks", "decimal_array", "Array of Arrays", evidence=levels),
            field("bids", "decimal_array", "Array of Arrays", evidence=levels),
            field("ts", "timestamp_ms", "String", evidence="13-digit example"),
            field("seqId", "integer", "Integer"),
        ],
        "response_data_shape": books["response_data_shape"],
        "response_example": BOOKS_RPI_EXAMPLE,
        "response_root": books["response_root"],
        "section": books["section"],
        "source_file": "docs-v5 #order-book-trading-market-data-get-rpi-order-book (added 2026-07-28)",
        "title": "RPI order book",
    }


def main():
    with open(SPEC, encoding="utf-8") as fh:
        spec = json.load(fh)
    rest = {(e["method"], e["path"]): e for e in spec["rest"]}
    ws = {e["channel"]: e for e in spec["websocket"]}

    for e in spec["rest"]:
        rename_values(e.get("params") or [])
        rename_values(e.get("response") or [])
    for e in spec["websocket"]:
        rename_values(e.get("args") or [])
        rename_values(e.get("push_data") or [])

    # Taker access and price rounding on order entry (REST and WebSocket), amendment included.
    for fields in (rest[("POST", "/api/v5/trade/order")]["params"], rest[("POST", "/api/v5/trade/batch-orders")]["params"],
                   ws["order"]["args"], ws["batch-orders"]["args"]):
        replace_field(fields, "isElpTakerAccess", [("rpiTakerAccess", taker_access), ("rpiPxRound", px_round)])
        if not has(fields, "rpiPxRound"):
            add_after(fields, "rpiTakerAccess", px_round("rpiPxRound"))
    for fields in (rest[("POST", "/api/v5/trade/amend-order")]["params"], rest[("POST", "/api/v5/trade/amend-batch-orders")]["params"],
                   ws["amend-order"]["args"], ws["batch-amend-orders"]["args"]):
        add_after(fields, "pxAmendType", taker_access("rpiTakerAccess"))
        add_after(fields, "rpiTakerAccess", px_round("rpiPxRound"))

    # Account fields: maker access per instrument and the RPI maker fee.
    acct = rest[("GET", "/api/v5/account/instruments")]
    for f in acct["response"]:
        if f["name"] == "elp":
            f["name"] = f["path"] = "rpi"
    rename_in_example(acct, "response_example", "elp", "rpi")
    fee = rest[("GET", "/api/v5/account/trade-fee")]
    for f in fee["response"]:
        if f["name"] == "elpMaker":
            f["name"], f["path"] = "rpiMaker", f["path"].replace("elpMaker", "rpiMaker")
    rename_in_example(fee, "response_example", "elpMaker", "rpiMaker")

    # The spacing rule's thresholds on the public instrument list.
    inst = rest[("GET", "/api/v5/public/instruments")]
    for name in ("rpiMinLevel", "rpiMinPxBand"):
        if not has(inst["response"], name):
            inst["response"].append(field(name, "decimal", "String", evidence="numeric string (OKX API changelog, 2026-07)"))

    # amendSource 6: the system rounded an RPI order's price (rpiPxRound).
    for f in ws["orders"]["push_data"]:
        if f["name"] == "amendSource" and not any(v["value"] == "6" for v in f["values"]):
            f["values"].append({"label": "Price rounded by the system to meet the RPI spacing rule", "value": "6"})
            f["kind_evidence"] = f"{len(f['values'])} documented values"

    # The consolidated book: a WebSocket channel of the books family and a REST endpoint.
    books = ws["books"]
    if "books-rpi" not in books["channels"]:
        books["channels"].append("books-rpi")
        for f in books["args"]:
            if f["name"] == "channel":
                f["values"].append({"label": "", "value": "books-rpi"})
                f["kind_evidence"] = f"{len(f['values'])} documented values"
    if ("GET", "/api/v5/market/books-rpi") not in rest:
        position = spec["rest"].index(rest[("GET", "/api/v5/market/books-full")]) + 1
        spec["rest"].insert(position, books_rpi_endpoint(rest[("GET", "/api/v5/market/books")]))

    with open(SPEC, "w", encoding="utf-8") as fh:
        json.dump(spec, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")

    with open(TSV, encoding="utf-8") as fh:
        rows = fh.read().splitlines()
    row = "GET\t/api/v5/market/books-rpi\t20 requests per 2 seconds\tIP\t"
    if row not in rows:
        at = next(i for i, r in enumerate(rows) if r.startswith("GET\t/api/v5/market/books-full\t")) + 1
        rows.insert(at, row)
        with open(TSV, "w", encoding="utf-8") as fh:
            fh.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
