#!/usr/bin/env python3
"""Generates the typed REST API from OKX's API table.

Input (copied from the team's shared/okx folder, kept in the repo so a clone builds alone):
  Data/okx/api-spec.json   every REST endpoint: section, title, method, path, params and
                           response fields (name, path, kind, required, values), examples
Outputs (committed, never edited by hand):
  Sources/OKX/Generated/API+<Section>.swift   one file per docs section
  Tests/OKXTests/Generated/GeneratedAPIFixtures.swift   every endpoint's examples, as test data
  Sources/OKXSimulator/DocumentedEndpoints.swift   the simulator's answer for endpoints it does not model
  Sources/OKXSimulator/DocumentedChannels.swift    every WebSocket channel: URL, login, push example
  COVERAGE.md                                      what checks each endpoint; what each channel pushes
Run: python3 scripts/generate-api.py   (CI checks the outputs are up to date with --check)

Naming rule (one rule, so a reader finds any endpoint from the docs without searching):
  * Section: the docs section's last path segment in UpperCamelCase, with the short names of
    SECTIONS below (e.g. `order-book-trading/trade` -> `API.Trade`,
    `financial-product/simple-earn-flexible` -> `API.FinancialProduct.SimpleEarnFlexible`).
  * Endpoint: the docs title; apostrophes dropped; a trailing "(public)" dropped (any case);
    a leading all-caps "GET"/"POST" read as the word "Get"/"Post"; a title that starts with a
    digit gets the method word in front ("24H total volume" -> `Get24HTotalVolume`); the rest split into runs of
    letters and digits. The type is every word with its first letter upper-cased
    ("Place order" -> `PlaceOrder`, "Order history (last 7 days)" -> `OrderHistoryLast7Days`,
    "Get SBE data" -> `GetSBEData`); the function is the same with the first word lower-cased
    entirely (`placeOrder`, `orderHistoryLast7Days`, `getSBEData`).
  * Collisions inside a section: every colliding endpoint gets its HTTP method appended
    (`GetQuoteProducts`… only when two titles give the same name); if that still collides,
    the last path segment in UpperCamelCase is appended too.
  * Fields keep OKX's names (`ordId`, `instId`); a nested object gets a struct named after its
    field in UpperCamelCase; a value set gets a struct named after its field in UpperCamelCase
    at the section level (`API.Trade.OrdType`), shared by every endpoint of the section with the
    values merged (an open set either way), with "Value" appended when the name is taken.

Types by kind: decimal -> Decimal, integer -> Int, timestamp_ms -> Date, boolean -> Bool,
enum -> an open `OKXStringValue` struct (unknown values kept), string -> String, string_array ->
[String], decimal_array ("Array of arrays") -> [[Decimal]], object -> nested struct,
object_array -> [nested struct].

Identity rule: at the top level of a response item, `instId` and the first other object id of
IDENTITY below in documented order (ordId, algoId, tradeId…; never client ids, reference ids
or deprecated fields) are required (non-optional), each when every item of the docs' response
example carries it (without an example nothing is required). Everything else is optional, so a field
OKX stops sending never breaks a caller. `""` decodes as nil for every optional non-string
field; a required id may be "" (OKX's "none"), as a String.

Table corrections: Data/okx/api-spec.json is our copy of the team's table with the corrections
of examples and parameters listed (with sources) in Data/okx/CORRECTIONS.md; re-apply those when
taking a newer table. Corrections of a response's shape are PATCHES below, each with its reason,
applied in memory; a patch whose endpoint no longer exists stops the generator.
"""
import json, keyword, re, sys, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPEC = ROOT / "Data/okx/api-spec.json"
OUT_DIR = ROOT / "Sources/OKX/Generated"
FIXTURES = ROOT / "Tests/OKXTests/Generated/GeneratedAPIFixtures.swift"
HEADER = "// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.\n// Regenerate after updating the table: python3 scripts/generate-api.py\n\n"
DOCS = "https://www.okx.com/docs-v5/en/#"

# docs section -> Swift namespace under `API` (dotted for nesting) and file name.
SECTIONS = {
    "affiliate": "Affiliate",
    "announcement": "Announcements",
    "block-trading": "BlockTrading",
    "financial-product/dual-investment": "FinancialProduct.DualInvestment",
    "financial-product/eth-staking": "FinancialProduct.ETHStaking",
    "financial-product/flexible-loan": "FinancialProduct.FlexibleLoan",
    "financial-product/on-chain-earn": "FinancialProduct.OnChainEarn",
    "financial-product/simple-earn-flexible": "FinancialProduct.SimpleEarnFlexible",
    "financial-product/sol-staking": "FinancialProduct.SOLStaking",
    "financial-product/stable-rewards": "FinancialProduct.StableRewards",
    "funding-account": "FundingAccount",
    "order-book-trading/algo-trading": "AlgoTrading",
    "order-book-trading/copy-trading": "CopyTrading",
    "order-book-trading/dca-trading": "DCA",
    "order-book-trading/grid-trading": "Grid",
    "order-book-trading/market-data": "MarketData",
    "order-book-trading/recurring-buy": "RecurringBuy",
    "order-book-trading/sbe-market-data": "SBEMarketData",
    "order-book-trading/signal-bot-trading": "SignalBot",
    "order-book-trading/trade": "Trade",
    "public-data": "PublicData",
    "spread-trading": "SpreadTrading",
    "status": "Status",
    "sub-account": "SubAccount",
    "trading-account": "TradingAccount",
    "trading-statistics": "TradingStatistics",
}

# Responses typed as JSONValue, with the reason (listed in the test allow-list too).
UNTYPED = {
    ("GET", "/api/v5/market/books-sbe"): "binary SBE payload, not JSON",
}

# Response examples the docs got wrong, kept out of the decode test with the reason.
BROKEN_EXAMPLES = {
}

# Corrections of the table against OKX's docs: (method, path, what, function). Each one
# changes our copy only; the reason is kept here and in the test allow-list output.
def _set_shape(shape, positions=False):
    def fix(e):
        e["response_data_shape"] = shape
        if positions:
            for i, f in enumerate(e["response"]):
                f["position"] = i
    return fix


def _set_kind(name, kind, doc_type):
    def fix(e):
        for f in e["response"]:
            if f["name"] == name:
                f["kind"], f["doc_type"] = kind, doc_type
    return fix


PATCHES = [
    ("GET", "/api/v5/market/index-components", "`data` is one object, not an array (docs example)", _set_shape("object")),
    ("GET", "/api/v5/finance/staking-defi/sol/product-info", "`data` is one object, not an array (docs example)", _set_shape("object")),
    ("GET", "/api/v5/rubik/stat/trading-data/support-coin", "`data` is one object, not an array (docs example)", _set_shape("object")),
    ("GET", "/api/v5/rubik/stat/option/taker-block-volume", "`data` is one positional row, not objects (docs example)", _set_shape("row", positions=True)),
    ("GET", "/api/v5/public/underlying", "`data` is an array of arrays of strings (docs example)", _set_shape("string_rows")),
    ("GET", "/api/v5/account/config", "`settleCcyList` is an array of strings (docs example), not a string", _set_kind("settleCcyList", "string_array", "Array of strings")),
]

SWIFT_KEYWORDS = set("""associatedtype class deinit enum extension fileprivate func import init inout internal let open
operator private precedencegroup protocol public rethrows static struct subscript typealias var break case catch continue
default defer do else fallthrough for guard if in repeat return throw switch where while Any as await false is nil self
Self super true try Type Protocol""".split())
RESERVED_TYPES = {"Data", "Date", "Decimal", "String", "Int", "Bool", "Array", "Type", "Self", "Request", "Response",
                  "CodingKeys", "Element", "Value", "Optional", "Error", "Endpoint", "API", "Protocol", "Any", "Set",
                  "Dictionary", "Result", "Never", "Character"}


def swift_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def key_hash(name):
    """FNV-1a (64-bit) of a key's UTF-8 bytes: `tapeKeyHash` in TapeDirect.swift."""
    h = 0xcbf29ce484222325
    for b in name.encode("utf-8"):
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def ident(name):
    """A Swift identifier for a field name (backticked when it is a keyword)."""
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        words = re.findall(r"[A-Za-z0-9]+", name) or ["value"]
        name = words[0][:1].lower() + words[0][1:] + "".join(w[:1].upper() + w[1:] for w in words[1:])
        if name[0].isdigit():
            name = "_" + name
    return f"`{name}`" if name in SWIFT_KEYWORDS else name


def upper_camel(name):
    words = re.findall(r"[A-Za-z0-9]+", name)
    out = "".join(w[:1].upper() + w[1:] for w in words) or "Value"
    return ("V" + out) if out[0].isdigit() else out


def title_words(title, method="GET"):
    t = title.replace("'", "").replace("\u2019", "")
    t = re.sub(r"\s*\(public\)\s*$", "", t, flags=re.I)
    words = re.findall(r"[A-Za-z0-9]+", t)
    if words and words[0] in ("GET", "POST"):
        words[0] = words[0].title()
    if words and words[0][0].isdigit():
        words.insert(0, method.title())
    return words


def type_name(words):
    return "".join(w[:1].upper() + w[1:] for w in words)


def func_name(words):
    name = words[0].lower() + "".join(w[:1].upper() + w[1:] for w in words[1:])
    return f"`{name}`" if name in SWIFT_KEYWORDS else name


def value_case(value):
    words = re.findall(r"[A-Za-z0-9]+", value)
    if not words:
        return None
    first = words[0]
    name = (first.lower() if first.isupper() else first[:1].lower() + first[1:]) + "".join(
        (w.lower().title() if w.isupper() else w[:1].upper() + w[1:]) for w in words[1:])
    if name[0].isdigit():
        name = "v" + name
    if name in ("rawValue", "description", "init", "hashValue"):
        name += "Value"
    return f"`{name}`" if name in SWIFT_KEYWORDS else name


KIND_TEXT = {
    "decimal": "a decimal number (a string on the wire)",
    "integer": "an integer (a string on the wire)",
    "timestamp_ms": "a time (epoch milliseconds on the wire)",
    "boolean": "a boolean",
    "enum": "one of a documented set of values (unknown values are kept)",
    "string": "text",
    "string_array": "a list of text values",
    "decimal_array": "rows of decimal numbers",
    "object": "a nested object",
    "object_array": "a list of nested objects",
}


def field_doc(f, required=None):
    text = f"`{f['name']}`: {KIND_TEXT.get(f['kind'], f['kind'])}"
    if f.get("position") is not None:
        text += f", at position {f['position']} of the row"
    if required is True:
        text += "; required"
    elif required == "conditional":
        text += "; required in some cases"
    if f.get("deprecated"):
        text += "; deprecated"
    return text + "."


# ---------------------------------------------------------------- the table as a tree

class Node:
    """An object: its fields in documented order; `children` for nested objects."""
    def __init__(self):
        self.fields = []     # list of field dicts
        self.children = {}   # field name -> Node


def tree(fields):
    root = Node()
    nodes = {"": root}
    for f in fields:
        parent, _, _ = f["path"].rpartition(".")
        node = nodes.get(parent)
        if node is None:
            continue
        if any(g["name"] == f["name"] for g in node.fields):
            continue  # repeated in another group of the same table (order-algo): first wins
        node.fields.append(f)
        if f["kind"] in ("object", "object_array"):
            child = Node()
            node.children[f["name"]] = child
            nodes[f["path"]] = child
    return root


def response_fields(e):
    fields = e["response"]
    if e["response_root"] == "envelope":
        out = []
        for f in fields:
            if f["path"].startswith("data."):
                g = dict(f)
                g["path"] = f["path"][5:]
                out.append(g)
        return out
    return fields


# The ids that name the object an item describes (an instrument, order, algo order, trade, bill,
# quote, RFQ, block trade, spread, position, deposit, withdrawal, transfer, bot, product, event).
# Reference ids (`reqId`, `groupId`, `refId`, `toInstId`…), client ids and deprecated ids are not.
IDENTITY = {"instId", "ordId", "algoId", "tradeId", "billId", "quoteId", "rfqId", "blockTdId", "sprdId", "subPosId",
            "posId", "wdId", "depId", "transId", "signalChanId", "signalOrdId", "cycleId", "productId", "eventId", "seriesId"}


def is_identity(f, positional=False):
    return not positional and f["kind"] == "string" and f["name"] in IDENTITY and not f.get("deprecated")


def required_ids(e):
    """The identity rule: `instId` and the first other IDENTITY id in documented order, at the
    top level, when every item of the docs' response example carries them."""
    ex = example_json(e)
    data = ex.get("data") if isinstance(ex, dict) else None
    if not isinstance(data, list) or not data or not all(isinstance(i, dict) for i in data):
        return set()
    fields = [f for f in response_fields(e) if "." not in f["path"] and is_identity(f)]
    chosen = [f for f in fields if f["name"] == "instId"] + [f for f in fields if f["name"] != "instId"][:1]
    return {f["name"] for f in chosen if all(f["name"] in i for i in data)}


def single(e):
    """Whether `data` is one value rather than an array of them."""
    return e["response_data_shape"] in ("object", "row")


def is_batch(e):
    ex = (e["request_example"] or "").lstrip()
    return e["method"] == "POST" and ex.startswith("[")


# ---------------------------------------------------------------- Swift emission

def emit_enums(enums, section):
    out = []
    for t, (fname, values) in enums.items():
        out.append(f"    /// The values of `{fname}` in this section: an open set, so a value OKX adds later is kept as it is.\n")
        out.append(f"    public struct {t}: OKXStringValue {{\n")
        out.append(f"        /// The value as OKX writes it.\n        public let rawValue: String\n")
        out.append(f"        /// A value, documented or not.\n        public init(rawValue: String) {{ self.rawValue = rawValue }}\n")
        seen = set()
        for v in values:
            c = value_case(v)
            if c is None or c in seen:
                continue
            seen.add(c)
            out.append(f"        /// `{v}`.\n        public static let {c}: Self = {swift_string(v)}\n")
        out.append("    }\n\n")
    return out


def by_position(rows, p, gap, line):
    """The lines that read or write a positional row: `gap` for each undocumented position,
    `line(name, kind)` for each field, `kind` naming the reader/writer (Decimal, Integer…)."""
    out, expected = [], 0
    for f, t in rows:
        while expected < f.get("position", expected):
            out.append(f"{p}        {gap}\n")
            expected += 1
        kind = {"Decimal": "Decimal", "Int": "Integer", "Date": "Date", "String": "Text"}.get(t, "Enum")
        out.append(f"{p}        {line(ident(f['name']).strip('`'), kind)}\n")
        expected += 1
    return out


# Every generated model with inputs for its direct reader's tests: (qualified name, [JSON]).
DIRECT_MODELS = []
DIRECT_FIXTURES = ROOT / "Tests/OKXTests/Generated/GeneratedDirectFixtures.swift"


def sample_value(f, node, empty):
    """A value of the field's kind, or `""` (OKX's "none") with `empty`. A nested object is a
    value (a dict), not its JSON text: `sample_object` writes the whole tree once."""
    k = f["kind"]
    if f["name"] in node.children:
        child = sample_members(node.children[f["name"]], empty)
        return [child, child] if k == "object_array" else child
    if empty:
        return ""
    values = [v["value"] for v in f.get("values") or []]
    return {
        "decimal": "12.5", "integer": "7", "timestamp_ms": "1700000000123", "boolean": True,
        "string_array": ["a", "b\u00e9"], "decimal_array": [["1.5", "2"], ["3", "0.25", "-4"]],
    }.get(k) or (values[0] if k == "enum" and values else "v-" + f["name"])


def sample_members(node, empty):
    return {f["name"]: sample_value(f, node, empty) for f in node.fields}


def sample_object(node, empty=False):
    return json.dumps(sample_members(node, empty), separators=(",", ":"), ensure_ascii=False)


def sample_row(fields, empty=False):
    row = []
    for f in sorted(fields, key=lambda f: f.get("position", 0)):
        while len(row) < f.get("position", len(row)):
            row.append("")
        row.append(sample_value(f, Node(), empty))
    return json.dumps(row, separators=(",", ":"), ensure_ascii=False)


def direct_fixtures():
    out = [HEADER, "@testable import OKX\n\n",
           "/// Every generated model, with an object or row that fills each of its fields and one\n",
           "/// that leaves each empty: inputs for DirectDecoderTests.\n",
           "let generatedDirectModels: [(type: any (TapeDirect & Codable & Sendable).Type, samples: [String])] = [\n"]
    seen = set()
    for qual, samples in DIRECT_MODELS:
        if qual in seen:
            continue
        seen.add(qual)
        out.append(f"    ({qual}.self, [{', '.join(swift_string(x) for x in samples)}]),\n")
    out.append("]\n")
    return "".join(out)


class EndpointGen:
    def __init__(self, e, type_name, func, section_enums=None, taken=()):
        self.e = e
        self.type = type_name
        self.func = func
        self.link = DOCS + e["id"]
        # Value sets are shared by the whole section: one type per field name, values merged.
        self.enums = {} if section_enums is None else section_enums["types"]  # type name -> (field name, [values])
        self.enum_of = {} if section_enums is None else section_enums["of"]  # field name -> type name
        self.taken = set(taken)
        self.required = required_ids(e)
        self.prefix = None  # the qualified name of the type the models nest in (DIRECT_MODELS)

    def enum_type(self, f):
        name = f["name"]
        if name in self.enum_of:
            t = self.enum_of[name]
        else:
            t = upper_camel(name)
            while t in RESERVED_TYPES or t in self.taken or t in self.enums:
                t += "Value"
            self.enum_of[name] = t
            self.enums[t] = (name, [])
        values = self.enums[t][1]
        for v in f.get("values") or []:
            if v["value"] not in values:
                values.append(v["value"])
        return t

    def swift_type(self, f, node, struct_names):
        k = f["kind"]
        if f["name"] in node.children:
            base = struct_names[f["name"]]
            return f"[{base}]" if k == "object_array" else base
        return {
            "decimal": "Decimal", "integer": "Int", "timestamp_ms": "Date", "boolean": "Bool", "string": "String",
            "string_array": "[String]", "decimal_array": "[[Decimal]]",
        }.get(k) or (self.enum_type(f) if k == "enum" else "String")

    def struct_names(self, node):
        names, used = {}, set()
        for name in node.children:
            t = upper_camel(name)
            if t in RESERVED_TYPES:
                t += "Item"
            while t in used:
                t += "Item"
            used.add(t)
            names[name] = t
        return names

    # Requests ------------------------------------------------------------------------
    def request(self, node, name, indent, top):
        out = []
        p = " " * indent
        snames = self.struct_names(node)
        if top:
            out.append(f"{p}/// The parameters of `{self.e['method']} {self.e['path']}`, in documented order.\n{p}/// - SeeAlso: {self.link}\n")
        else:
            out.append(f"{p}/// A nested object of the request.\n")
        pageable = top and self.e["method"] == "GET" and any(f["name"] == "after" and f.get("required") is not True for f in node.fields) \
            and any(f["name"] == "limit" and f["kind"] == "integer" and f.get("required") is not True for f in node.fields)
        out.append(f"{p}public struct {name}: APIRequestFields{', PageableRequest' if pageable else ''} {{\n")
        for fname, child in node.children.items():
            out.extend(self.request(child, snames[fname], indent + 4, False))
        params = []
        for f in node.fields:
            t = self.swift_type(f, node, snames)
            req = f.get("required") is True and not f.get("group")
            out.append(f"{p}    /// {field_doc(f, f.get('required'))}\n")
            out.append(f"{p}    public var {ident(f['name'])}: {t}{'' if req else '?'}\n")
            params.append((f, t, req))
        args = ", ".join(f"{ident(f['name'])}: {t}{'' if req else '? = nil'}" for f, t, req in params)
        out.append(f"{p}    /// A request with the given parameters; nil ones are not sent.\n")
        out.append(f"{p}    public init({args}) {{\n")
        for f, _, _ in params:
            n = ident(f["name"])
            out.append(f"{p}        self.{n.strip('`')} = {n}\n")
        out.append(f"{p}    }}\n")
        out.append(f"{p}    /// The parameters as sent, in documented order.\n")
        out.append(f"{p}    public var parameters: APIParameters {{\n")
        if params:
            out.append(f"{p}        var p = APIParameters()\n")
            for f, _, _ in params:
                out.append(f"{p}        p.add({swift_string(f['name'])}, {ident(f['name'])})\n")
            out.append(f"{p}        return p\n")
        else:
            out.append(f"{p}        APIParameters()\n")
        out.append(f"{p}    }}\n{p}}}\n")
        return out

    # Responses -----------------------------------------------------------------------
    def response(self, node, name, indent, top, qual=None):
        out = []
        p = " " * indent
        snames = self.struct_names(node)
        qual = qual or f"{self.prefix}.{name}"
        DIRECT_MODELS.append((qual, [sample_object(node), sample_object(node, empty=True)]))
        if top:
            what = "The `data` object" if single(self.e) else "One item of the `data` array"
            out.append(f"{p}/// {what} of `{self.e['method']} {self.e['path']}`.\n{p}/// - SeeAlso: {self.link}\n")
        else:
            out.append(f"{p}/// A nested object of the response.\n")
        out.append(f"{p}public struct {name}: Codable, Sendable, TapeDirect {{\n")
        for fname, child in node.children.items():
            out.extend(self.response(child, snames[fname], indent + 4, False, f"{qual}.{snames[fname]}"))
        rows = []
        for f in node.fields:
            t = self.swift_type(f, node, snames)
            required = top and f["name"] in self.required
            out.append(f"{p}    /// {field_doc(f)}\n")
            out.append(f"{p}    public let {ident(f['name'])}: {t}{'' if required else '?'}\n")
            rows.append((f, t, required))
        if rows:
            out.append(f"{p}    /// Reads the fields by name; absent ones, and `\"\"` for non-text ones, become nil.\n")
            out.append(f"{p}    public init(from decoder: any Decoder) throws {{\n")
            out.append(f"{p}        let c = try decoder.container(keyedBy: APIKey.self)\n")
            for f, t, required in rows:
                n = ident(f["name"])
                key = swift_string(f["name"])
                out.append(f"{p}        self.{n.strip('`')} = {self.reader(f, t, required, key)}\n")
            out.append(f"{p}    }}\n")
            out.extend(self.direct_keyed(node, rows, p))
            out.append(f"{p}    /// Writes the fields as OKX sends them: numbers and times as strings, nil ones left out.\n")
            out.append(f"{p}    public func encode(to encoder: any Encoder) throws {{\n")
            out.append(f"{p}        var c = encoder.container(keyedBy: APIKey.self)\n")
            for f, t, required in rows:
                out.append(f"{p}        try c.{self.writer(f, t, required)}(self.{ident(f['name']).strip('`')}, {swift_string(f['name'])})\n")
            out.append(f"{p}    }}\n")
        else:
            out.append(f"{p}    /// The docs list no fields for this item.\n")
            out.append(f"{p}    public init(from decoder: any Decoder) throws {{}}\n")
            out.append(f"{p}    /// Reads nothing, like `init(from:)`.\n")
            out.append(f"{p}    package init(tape: JSONTape, at index: Int32) throws {{}}\n")
            out.append(f"{p}    /// Writes an empty object.\n")
            out.append(f"{p}    public func encode(to encoder: any Encoder) throws {{ _ = encoder.container(keyedBy: APIKey.self) }}\n")
        out.append(f"{p}}}\n")
        return out

    def writer(self, f, t, required):
        """The writer of a field: the inverse of `reader`, one per kind."""
        if required:
            return "apiWriteText"
        if t.startswith("[") and t not in ("[String]", "[[Decimal]]") or f["kind"] in ("object", "object_array"):
            return "apiWriteNested"
        return {
            "decimal": "apiWriteDecimal", "integer": "apiWriteInteger", "timestamp_ms": "apiWriteDate",
            "boolean": "apiWriteBoolean", "enum": "apiWriteEnum", "string_array": "apiWriteTexts",
            "decimal_array": "apiWriteDecimalRows",
        }.get(f["kind"], "apiWriteText")

    def reader(self, f, t, required, key):
        k = f["kind"]
        if required:
            return f"try c.apiRequiredText({key})"
        if t.startswith("[") and t not in ("[String]", "[[Decimal]]") or f["kind"] in ("object", "object_array"):
            return f"try c.apiNested({key})"
        return {
            "decimal": f"try c.apiDecimal({key})", "integer": f"try c.apiInteger({key})", "timestamp_ms": f"try c.apiDate({key})",
            "boolean": f"try c.apiBoolean({key})", "enum": f"try c.apiEnum({key})", "string_array": f"try c.apiTexts({key})",
            "decimal_array": f"try c.apiDecimalRows({key})",
        }.get(k, f"try c.apiText({key})")

    def direct_reader(self, f, t, required, node):
        """The `TapeDecoder.direct…` reader (TapeDirect.swift) matching `reader`."""
        k = f["kind"]
        if required:
            return "directRequiredText"
        if t.startswith("[") and t not in ("[String]", "[[Decimal]]") or k in ("object", "object_array"):
            return "directNested" if f["name"] in node.children else "directNestedValue"
        return {
            "decimal": "directDecimal", "integer": "directInteger", "timestamp_ms": "directDate", "boolean": "directBoolean",
            "enum": "directEnum", "string_array": "directTexts", "decimal_array": "directDecimalRows",
        }.get(k, "directText")

    def direct_keyed(self, node, rows, p):
        """`init(tape:at:)`: one pass over the object's members, a switch on each key's hash
        (confirmed by name) into one slot per field name, then the fields read from their slots."""
        slots = {}
        for f, _, _ in rows:
            slots.setdefault(f["name"], len(slots))
        hashes = {}
        for name in slots:
            h = key_hash(name)
            assert h not in hashes, f"key hash collision: {name} and {hashes[h]}"
            hashes[h] = name
        out = [f"{p}    /// Reads the fields as `init(from:)` does, straight from the tape (TapeDirect.swift).\n"]
        out.append(f"{p}    package init(tape: JSONTape, at index: Int32) throws {{\n")
        out.append(f"{p}        var m = try TapeObject(tape, index)\n")
        for name, i in slots.items():
            out.append(f"{p}        var v{i}: Int32 = -1\n")
        out.append(f"{p}        while let h = try m.next() {{\n")
        out.append(f"{p}            switch h {{\n")
        for name, i in slots.items():
            out.append(f"{p}            case 0x{key_hash(name):016X}: if v{i} < 0, m.isKey({swift_string(name)}) {{ v{i} = m.value }}\n")
        out.append(f"{p}            default: break\n")
        out.append(f"{p}            }}\n")
        out.append(f"{p}        }}\n")
        out.append(f"{p}        let d = m.decoder\n")
        for f, t, required in rows:
            n = ident(f["name"]).strip("`")
            i = slots[f["name"]]
            reader = self.direct_reader(f, t, required, node)
            extra = f", {swift_string(f['name'])}" if reader == "directRequiredText" else ""
            out.append(f"{p}        self.{n} = try d.{reader}(v{i}{extra})\n")
        out.append(f"{p}    }}\n")
        return out

    def direct_positional(self, rows, p):
        """`init(tape:at:)` for a row read by position."""
        out = [f"{p}    /// Reads the row as `init(from:)` does, straight from the tape (TapeDirect.swift).\n"]
        out.append(f"{p}    package init(tape: JSONTape, at index: Int32) throws {{\n")
        out.append(f"{p}        var row = try TapeRow(tape, index)\n")
        kinds = {"Decimal": "decimal", "Integer": "integer", "Date": "date", "Text": "text", "Enum": "enumValue"}
        out.extend(by_position(rows, p, "_ = try row.text()", lambda n, kind: f"self.{n} = try row.{kinds[kind]}()"))
        out.append(f"{p}    }}\n")
        return out

    def positional(self, fields, indent, name="Response"):
        p = " " * indent
        DIRECT_MODELS.append((f"{self.prefix}.{name}", [sample_row(fields), sample_row(fields, empty=True)]))
        what = "The `data` row" if single(self.e) else "One row of the `data` array"
        out = [f"{p}/// {what} of `{self.e['method']} {self.e['path']}`: an array read by position.\n{p}/// - SeeAlso: {self.link}\n"]
        out.append(f"{p}public struct Response: Codable, Sendable, TapeDirect {{\n")
        fields = sorted(fields, key=lambda f: f.get("position", 0))
        rows = []
        for f in fields:
            k = f["kind"]
            t = {"decimal": "Decimal", "integer": "Int", "timestamp_ms": "Date"}.get(k) or (self.enum_type(f) if k == "enum" else "String")
            out.append(f"{p}    /// {field_doc(f)}\n")
            out.append(f"{p}    public let {ident(f['name'])}: {t}?\n")
            rows.append((f, t))
        out.append(f"{p}    /// Reads the row by position; missing trailing values and `\"\"` become nil.\n")
        out.append(f"{p}    public init(from decoder: any Decoder) throws {{\n")
        out.append(f"{p}        var c = try decoder.unkeyedContainer()\n")
        out.extend(by_position(rows, p, "_ = try c.apiText()", lambda n, kind: f"self.{n} = try c.api{kind}()"))
        out.append(f"{p}    }}\n")
        out.extend(self.direct_positional(rows, p))
        out.append(f"{p}    /// Writes the row back by position, `\"\"` for a value it does not hold.\n")
        out.append(f"{p}    public func encode(to encoder: any Encoder) throws {{\n")
        out.append(f"{p}        var c = encoder.unkeyedContainer()\n")
        out.extend(by_position(rows, p, "try c.apiWriteText(nil)", lambda n, kind: f"try c.apiWrite{kind}(self.{n})"))
        out.append(f"{p}    }}\n{p}}}\n")
        return out

    def emit(self, ns):
        e = self.e
        self.prefix = f"API.{ns}.{self.type}"
        out = []
        untyped = UNTYPED.get((e["method"], e["path"]))
        body = []
        # request
        body.extend(self.request(tree(e["params"]), "Request", 8, True))
        # response
        resp_fields = response_fields(e)
        if untyped:
            body.append(f"        /// The response is not typed ({untyped}).\n        public typealias Response = JSONValue\n")
        elif e["response_data_shape"] == "string_rows":
            body.append(f"        /// One item of the `data` array: a list of text values.\n        public typealias Response = [String]\n")
        elif e["response_data_shape"] in ("array_of_arrays", "row"):
            body.extend(self.positional(resp_fields, 8))
        else:
            body.extend(self.response(tree(resp_fields), "Response", 8, True))
        out.append(f"    /// `{e['method']} {e['path']}`: “{e['title']}”.\n    /// - SeeAlso: {self.link}\n")
        out.append(f"    public enum {self.type} {{\n")
        out.append(f"        /// The HTTP method.\n        public static let method: HTTPMethod = .{e['method'].lower()}\n")
        out.append(f"        /// The path.\n        public static let path = {swift_string(e['path'])}\n")
        out.extend(body)
        out.append("    }\n\n")
        # function
        all_optional = all(f.get("required") is not True for f in e["params"] if "." not in f["path"])
        default = " = .init()" if all_optional else ""
        result = f"{self.type}.Response" if single(e) else f"[{self.type}.Response]"
        doc = f"    /// `{e['method']} {e['path']}`: “{e['title']}”.\n    /// - SeeAlso: {self.link}\n"
        if e["method"] == "GET":
            out.append(doc + f"    public static func {self.func}(_ request: {self.type}.Request{default}) -> Endpoint<{result}> {{\n")
            out.append(f"        .apiGet({self.type}.path, request)\n    }}\n\n")
        elif is_batch(e):
            out.append(doc + f"    public static func {self.func}(_ requests: [{self.type}.Request]) -> Endpoint<{result}> {{\n")
            out.append(f"        .apiPost({self.type}.path, requests)\n    }}\n\n")
        else:
            out.append(doc + f"    public static func {self.func}(_ request: {self.type}.Request{default}) -> Endpoint<{result}> {{\n")
            out.append(f"        .apiPost({self.type}.path, request)\n    }}\n\n")
        return out


NOT_UNIFIED = {"ccy", "sCode", "groupId", "type", "to", "from", "region", "method", "unit", "subType"}


def unify_value_sets(entries):
    """A field documented with a value set somewhere in a section (`side` of a request) has that
    set's type wherever the section uses the name, also where the docs list no values (`side` of
    an order in a response): one type per name and section, so a request's value and the
    answer's compare directly. Ids, currencies, codes and names whose meaning changes from one
    endpoint to the next (`type`, `from`, `to`) stay as the docs give them."""
    named = {f["name"] for e in entries for f in e["params"] + e["response"] if f["kind"] == "enum"} - NOT_UNIFIED
    for e in entries:
        for f in e["params"] + e["response"]:
            if f["kind"] == "string" and f["name"] in named and f["name"] not in IDENTITY:
                f["kind"] = "enum"


def load():
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    for method, path, why, fix in PATCHES:
        matches = [e for e in spec["rest"] if e["method"] == method and e["path"] == path]
        if not matches:
            sys.exit(f"patch for {method} {path} ({why}) matches no endpoint: remove or update it")
        for e in matches:
            fix(e)
    return spec


def names(section_entries):
    """Type and function names for one section's endpoints, collisions resolved (see header)."""
    base = {id(e): title_words(e["title"], e["method"]) for e in section_entries}
    def clash(key):
        seen = {}
        for e in section_entries:
            seen.setdefault(type_name(key(e)).lower(), []).append(e)
        return {id(e) for group in seen.values() if len(group) > 1 for e in group}
    first = clash(lambda e: base[id(e)])
    words = {id(e): base[id(e)] + ([e["method"].title()] if id(e) in first else []) for e in section_entries}
    second = clash(lambda e: words[id(e)])
    for e in section_entries:
        if id(e) in second:
            words[id(e)] = words[id(e)] + [upper_camel(e["path"].rsplit("/", 1)[-1])]
    if clash(lambda e: words[id(e)]):
        sys.exit("unresolved name collision")
    return {id(e): (type_name(words[id(e)]), func_name(words[id(e)])) for e in section_entries}


def generate(spec):
    files = {}
    by_section = {}
    for e in spec["rest"]:
        if e["section"] not in SECTIONS:
            sys.exit(f"unknown section {e['section']!r}: add it to SECTIONS")
        by_section.setdefault(e["section"], []).append(e)
    namespaces = set()
    for section in sorted(by_section):
        entries = sorted(by_section[section], key=lambda e: (e["path"], e["method"]))
        ns = SECTIONS[section]
        nm = names(entries)
        unify_value_sets(entries)
        out = [HEADER, "IMPORT"]
        parts = ns.split(".")
        for i in range(len(parts)):
            full = ".".join(parts[: i + 1])
            if full in namespaces:
                continue
            namespaces.add(full)
            parent = "API" + "".join("." + q for q in parts[:i])
            out.append(f"extension {parent} {{\n    /// The endpoints of OKX's docs section “{section if i == len(parts) - 1 else parts[i]}”.\n    public enum {parts[i]} {{}}\n}}\n\n")
        out.append(f"extension API.{ns} {{\n")
        section_enums = {"types": {}, "of": {}}
        taken = {t for t, _ in nm.values()}
        for e in entries:
            t, f = nm[id(e)]
            out.extend(EndpointGen(e, t, f, section_enums, taken).emit(ns))
        out.extend(emit_enums(section_enums["types"], section))
        out[-1] = out[-1].rstrip("\n") + "\n"
        out.append("}\n")
        text = "".join(out)
        uses = re.search(r"public (?:var|let) \S+: \[*(?:Decimal|Date)\b", text)
        out = [text.replace("IMPORT", "public import Foundation\n\n" if uses else "", 1)]
        files[OUT_DIR / f"API+{ns.replace('.', '')}.swift"] = "".join(out)
    files[OUT_DIR / "API+ResponseTypes.swift"] = response_types(by_section)
    files[SIM_EXAMPLES] = simulator_examples(spec)
    files[SIM_CHANNELS] = simulator_channels(spec)
    files[FIXTURES] = fixtures(spec, by_section)
    files[ROOT / "COVERAGE.md"] = coverage(spec, by_section) + channel_coverage(spec)
    files[OUT_DIR / "API+Reference.swift"] = reference(by_section)
    return files


REFERENCE_KINDS = {"string": ".string", "enum": ".string", "decimal": ".decimal", "integer": ".integer",
                   "timestamp_ms": ".timestamp", "boolean": ".boolean", "string_array": ".stringArray",
                   "object": ".object", "object_array": ".objectArray"}


def reference(by_section):
    """Every endpoint as data (`APIReference.all`): id, Swift name, method, path, title and the
    request parameters (dotted paths for nested fields) with kind, whether required and the
    documented values. For programs that call endpoints by name, such as the `okx mcp` catalogue."""
    out = [HEADER, "extension APIReference {\n",
           f"    /// Every documented REST endpoint ({sum(len(v) for v in by_section.values())}), with its request parameters, by section and path.\n",
           "    public static let all: [APIReference] = [\n"]
    for section in sorted(by_section):
        entries = sorted(by_section[section], key=lambda e: (e["path"], e["method"]))
        nm = names(entries)
        ns = SECTIONS[section]
        for e in entries:
            _, f = nm[id(e)]
            params = []
            seen = set()
            for prm in e["params"]:
                if prm["path"] in seen:
                    continue  # repeated in another group of the same table: first wins
                seen.add(prm["path"])
                values = [v["value"] for v in prm["values"] if v["value"] != ""] if prm["kind"] in ("enum", "string", "boolean") else []
                if prm["kind"] == "boolean":
                    values = []
                extra = ", values: [" + ", ".join(swift_string(v) for v in values) + "]" if values else ""
                params.append(f"            .init({swift_string(prm['path'])}, {REFERENCE_KINDS[prm['kind']]}, required: {'true' if prm.get('required') is True and not prm.get('group') else 'false'}{extra}),\n")
            head = (f"        APIReference(id: {swift_string(e['id'])}, name: {swift_string(ns + '.' + f.strip('`'))}, section: {swift_string(section)}, "
                    f"method: .{e['method'].lower()}, path: {swift_string(e['path'])}, title: {swift_string(e['title'])}, "
                    f"bodyIsArray: {'true' if is_batch(e) else 'false'}, parameters: [")
            out.append(head + ("\n" + "".join(params) + "        ]),\n" if params else "]),\n"))
    out.append("    ]\n}\n")
    return "".join(out)


SIM_EXAMPLES = ROOT / "Sources/OKXSimulator/DocumentedEndpoints.swift"


def access(e):
    """What the simulator requires, by the same rule as the SDK's catalog (scripts/generate-tables.py):
    no permission and a per-IP limit make an endpoint public; otherwise it is signed."""
    perm = (e.get("permission") or "").strip().lower()
    rule = (e.get("rate_limit_rule") or "").lower()
    if "instrument id" in rule or "instidcode" in rule:
        per_ip = "user" not in rule
    else:
        per_ip = rule.startswith("ip") or "ip(public)" in rule or not ("user" in rule or "master" in rule)
    if perm in ("", "public") and per_ip:
        return "open"
    return {"trade": "trade", "trading": "trade", "withdraw": "withdraw"}.get(perm, "read")


def simulator_examples(spec):
    """The simulator's answer for documented endpoints it does not model: who may call, and the docs' example."""
    out = ["// Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT.\n",
           "// Regenerate after updating the table: python3 scripts/generate-api.py\n\n",
           "/// Every endpoint OKX documents: who may call it (\"open\", \"read\", \"trade\", \"withdraw\") and the\n",
           "/// docs' example answer, served for endpoints the simulator does not model with state (its\n",
           "/// envelope, shape and field types are OKX's; the values are the docs').\n",
           "func documentedEndpoint(method: String, path: String) -> (access: String, example: String?)? {\n",
           "    switch (method, path) {\n"]
    for e in sorted(spec["rest"], key=lambda e: (e["path"], e["method"])):
        ex = e.get("response_example")
        usable = isinstance(ex, dict) and isinstance(ex.get("data"), (list, dict)) and str(ex.get("code", "0")) == "0" \
            and (e["method"], e["path"]) not in UNTYPED
        text = swift_string(json.dumps(ex, separators=(",", ":"), ensure_ascii=False)) if usable else "nil"
        out.append(f"    case ({swift_string(e['method'])}, {swift_string(e['path'])}): return ({swift_string(access(e))}, {text})\n")
    out.append("    default: return nil\n    }\n}\n")
    return "".join(out)


SIM_CHANNELS = ROOT / "Sources/OKXSimulator/DocumentedChannels.swift"


def channel_names(w):
    """A doc's channel names. The docs write one of them with a space (`index -candle2H`); the
    name OKX serves has none."""
    return [n.replace(" ", "") for n in w["channels"]]


def channel_login(w):
    """Whether subscribing needs a login: every channel of the private URL, and the channels
    whose push names the user (`arg.uid`) on the others, which is how the table marks a user's
    own data on the business URL (algo orders, deposits, spread orders, RFQs)."""
    return w["url_kind"] == "private" or any(f["path"] == "arg.uid" for f in w["push_data"])


def channel_example(w):
    """The `data` of the docs' push example (see push_example), or None."""
    ex = push_example(w)
    data = ex.get("data") if ex else None
    return data if isinstance(data, list) else None


def simulator_channels(spec):
    """The simulator's table of WebSocket channels: the URL each lives on, whether it needs a
    login, and the docs' push example, for the channels it does not model with state."""
    out = [HEADER,
           "/// Every WebSocket channel OKX documents, by the name a subscription sends: the URL it lives on\n",
           "/// (\"public\", \"private\", \"business\"), whether subscribing needs a login, and the `data` of the\n",
           "/// docs' push example (JSON text; nil where the docs have none), which the simulator serves, with\n",
           "/// its own ids and times, for channels it has no state behind.\n",
           "func documentedChannel(_ name: String) -> (endpoint: String, login: Bool, example: String?)? {\n",
           "    switch name {\n"]
    names = []
    for w in sorted((w for w in spec["websocket"] if w["kind"] == "channel"), key=lambda w: w["channel"]):
        ns = channel_names(w)
        names += ns
        data = channel_example(w)
        text = swift_string(json.dumps(data, separators=(",", ":"), ensure_ascii=False)) if data is not None else "nil"
        cases = ", ".join(swift_string(n) for n in ns)
        out.append(f"    case {cases}:\n        return ({swift_string(w['url_kind'])}, {'true' if channel_login(w) else 'false'}, {text})\n")
    out.append("    default: return nil\n    }\n}\n\n")
    out.append("/// Every documented channel name, sorted: what a test subscribes to channel by channel.\n")
    out.append("let documentedChannelNames: [String] = [\n")
    for n in sorted(names):
        out.append(f"    {swift_string(n)},\n")
    out.append("]\n")
    return "".join(out)


def swift_string_list(path, name):
    """The string literals of `static let <name>: ... = [ ... ]` in a Swift file."""
    m = re.search(r"static let " + re.escape(name) + r"\b[^=]*= \[(.*?)\]", path.read_text(encoding="utf-8"), re.S)
    if not m:
        sys.exit(f"{path.name}: no `static let {name}` list (the coverage table reads it)")
    return re.findall(r'"([^"]+)"', m.group(1))


def channel_coverage(spec):
    """COVERAGE.md's WebSocket part: what the simulator pushes on each channel, read from its
    source lists (`SimulatedWebSocketHub+Channels.swift`), so the table cannot drift from the code."""
    source = ROOT / "Sources/OKXSimulator/SimulatedWebSocketHub+Channels.swift"
    state = swift_string_list(source, "stateChannels")
    families = swift_string_list(source, "stateFamilies")
    bots = swift_string_list(source, "botChannels")
    rows, counts = [], {"state": 0, "example": 0, "bot": 0}
    for w in sorted((w for w in spec["websocket"] if w["kind"] == "channel"), key=lambda w: w["channel"]):
        ns = channel_names(w)
        if all(n in bots for n in ns):
            how = "state (the simulated trading bots)"
            counts["bot"] += 1
        elif all(n in state or any(n.startswith(f) for f in families) for n in ns):
            how = "state"
            counts["state"] += 1
        else:
            how = "**docs example**"
            counts["example"] += 1
        shown = ", ".join(f"`{n}`" for n in ns[:4]) + (f" … ({len(ns)} names)" if len(ns) > 4 else "")
        rows.append(f"| {shown} | {w['url_kind']} | {'yes' if channel_login(w) else 'no'} | {how} |")
    n = len(rows)
    head = ["", "## WebSocket channels", "",
            f"Every channel of the docs ({n}) is accepted on its documented URL (60018 on another, 60011 without a",
            "login where one is needed). The simulator pushes from its own state on "
            f"{counts['state'] + counts['bot']} of them ({counts['bot']} from its trading bots), the docs' example on {counts['example']}.",
            "A docs example is pushed once, on subscribing, with the subscription's ids (instrument, family, spread,",
            "currency), the simulator's user id and the times now; its other values are the docs'.",
            "Tests: `SimulatorChannelTests.everyDocumentedChannelPushesOnItsURL`, `SimulatorTradingBotTests.botChannelsPushWhenAGridIsCreatedAndRefilled`.", "",
            "| channel | URL | login | pushed from |", "| --- | --- | --- | --- |"]
    return "\n".join(head + rows) + "\n"


def response_types(by_section):
    """`API.responseTypes`: each endpoint's `data` type by "METHOD /path", for tools (okx decode)."""
    out = [HEADER, "extension API {\n",
           "    /// The type each endpoint's `data` decodes to, by `\"METHOD /api/v5/path\"`: for tools that\n",
           "    /// check recorded answers (`okx decode`) without naming the endpoint in code.\n",
           "    public static let responseTypes: [String: any (Codable & Sendable).Type] = [\n"]
    for section in sorted(by_section):
        ns = SECTIONS[section]
        entries = sorted(by_section[section], key=lambda e: (e["path"], e["method"]))
        nm = names(entries)
        for e in entries:
            t, _ = nm[id(e)]
            full = f"API.{ns}.{t}.Response"
            out.append(f"        \"{e['method']} {e['path']}\": {full if single(e) else '[' + full + ']'}.self,\n")
    out.append("    ]\n}\n")
    return "".join(out)


def routes_in(directory):
    """The endpoints the simulator models: its route table (`for path in [...] { table["GET /api/v5/" + path] = … }`)
    and any `("GET", "/api/v5/...")` or `path == "/api/v5/..."` it names directly."""
    found = set()
    for path in sorted(directory.rglob("*.swift")):
        if path.name.startswith("Documented"):  # the generated tables of every endpoint
            continue
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r'\("(GET|POST)",\s*"(/api/v5/[^"?]+)"\)', text):
            found.add((m.group(1), m.group(2)))
        for m in re.finditer(r'method == "(GET|POST)", path == "(/api/v5/[^"?]+)"', text):
            found.add((m.group(1), m.group(2)))
        for m in re.finditer(r'for path in \[(.*?)\] \{\s*table\["(GET|POST) (/api/v5/)" \+ path\]', text, re.S):
            for name in re.findall(r'"([^"]+)"', m.group(1)):
                found.add((m.group(2), m.group(3) + name))
    return found


def hand_written_calls(path):
    """The generated names (`API.Trade.placeOrder`, `API.Trade.PlaceMultipleOrders`) that a
    hand-written file builds on."""
    return set(re.findall(r'\b(API\.[A-Za-z.]+?)(?:\.path\b|\()', path.read_text(encoding="utf-8")))


def rule_paths(path):
    """(method, path) pairs with their own rules: the ranges (GET) and the POST conditions."""
    text = path.read_text(encoding="utf-8")
    ranges, _, conditions = text.partition("guard method == .post")
    return {("GET", p) for p in re.findall(r'"(/api/v5/[^"?]+)": \[', ranges)} | {("POST", p) for p in re.findall(r'"(/api/v5/[^"?]+)"', conditions)}


def coverage(spec, by_section):
    """COVERAGE.md: every endpoint, its Swift call, what the tests check, what the simulator does."""
    simulated = routes_in(ROOT / "Sources" / "OKXSimulator")
    hand = hand_written_calls(ROOT / "Sources" / "OKX" / "Endpoints" / "TradeAPI.swift")
    rules = rule_paths(ROOT / "Sources" / "OKX" / "Endpoints" / "RequestRules.swift")
    docs = {f"Samples/{d.name}": (d / "main.swift").read_text(encoding="utf-8") for d in sorted((ROOT / "Samples").iterdir())
            if (d / "main.swift").exists()}
    docs["README"] = (ROOT / "README.md").read_text(encoding="utf-8")
    rows, counts = [], {"typed": 0, "response": 0, "request": 0, "simulated": 0, "hand": 0, "rules": 0, "shown": 0}
    for section in sorted(by_section):
        for e in sorted(by_section[section], key=lambda e: (e["path"], e["method"])):
            key = (e["method"], e["path"])
            skip_resp, skip_req, call, called = STATUS[key]
            counts["called"] = counts.get("called", 0) + 1
            counts["placeholders"] = counts.get("placeholders", 0) + (called == "placeholders")
            counts["typed"] += 1
            counts["response"] += skip_resp is None
            counts["request"] += skip_req is None
            sim = key in simulated
            counts["simulated"] += sim
            type_call = call.rsplit(".", 1)[0] + "." + upper_camel(call.rsplit(".", 1)[1])
            behaviour = []
            if call in hand or type_call in hand:
                behaviour.append("order recovery (`okx.trade`)")
                counts["hand"] += 1
            if (e["method"], e["path"]) in rules:
                behaviour.append("documented rules checked before sending")
                counts["rules"] += 1
            shown = [name for name, text in docs.items() if re.search(re.escape(call) + r"\b", text)]
            if "order recovery (`okx.trade`)" in behaviour:
                shown += [name for name, text in docs.items() if name not in shown and "trade." + call.rsplit(".", 1)[1] + "(" in text]
            counts["shown"] += bool(shown)
            resp = "decoded, re-encoded" if skip_resp is None else f"not checked: {skip_resp}"
            req = "encoded" if skip_req is None else f"not checked: {skip_req}"
            rows.append(f"| {e['method']} `{e['path']}` | `{call}` | {resp} | {req} | {'yes' if called == 'example' else 'yes, required parameters as placeholders (no usable request example)'} |"
                        f" {'stateful' if sim else 'docs example'} | {', '.join(behaviour)} | {', '.join(shown)} |")
    n = counts["typed"]
    head = [
        "<!-- Generated from Data/okx/api-spec.json by scripts/generate-api.py. DO NOT EDIT. -->",
        "# API coverage", "",
        "Every REST endpoint of OKX's docs, its typed Swift call, and what checks it. The test suite",
        "(`GeneratedAPITests`) decodes each endpoint's documented response example with its generated",
        "model and builds its documented request example through the generated call; `scripts/test.sh`",
        "fails when this file is stale.", "",
        f"- Typed: **{counts['typed']} of {n}**",
        f"- Response example decoded, re-encoded and compared value by value: {counts['response']} of {n}",
        f"- Request example encoded with its documented names: {counts['request']} of {n}",
        f"- Called once through the client against the simulator and decoded (`GeneratedAPICallTests`): {counts.get('called', 0)} of {n}"
        f" ({counts.get('placeholders', 0)} with placeholder values for the required parameters, the docs' request example not being usable)",
        f"- Answered by the simulator: {n} of {n}, {counts['simulated']} from its own state, the rest with the docs' example answer",
        f"- With hand-written behaviour on top: order recovery by clOrdId (`okx.trade`): {counts['hand']}; documented"
        f" ranges and conditions checked before sending (`RequestRules`, besides the clOrdId and batch-size rules that apply to every endpoint): {counts['rules']}",
        f"- Shown in a sample or the README: {counts['shown']}", "",
        "Tests: `GeneratedAPITests.responseExamplesDecodeAndEncodeBackToTheSameValues` (response example),",
        "`GeneratedAPITests.requestExamplesEncodeTheDocumentedNames` (request example),",
        "`GeneratedAPICallTests.everyEndpointAnswersThroughTheClient` (called via the simulator),",
        "`GeneratedAPITests.everyEndpointIsDecodableByMethodAndPath` (`okx decode`), each over the generated list.", "",
        "| endpoint | Swift call | response example | request example | called via the simulator | simulator answers from | added behaviour | sample / README |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    return "\n".join(head + rows) + "\n"


# ---------------------------------------------------------------- test fixtures

def example_json(e):
    ex = e["response_example"]
    if ex is None:
        rep = e.get("response_example_repaired")
        if isinstance(rep, str):
            try:
                ex = json.loads(rep)
            except ValueError:
                ex = None
        elif rep is not None:
            ex = rep
    return ex


def request_example(e):
    """(names, problem): the documented parameter names of the request example, in order."""
    ex = (e["request_example"] or "").strip()
    if e["method"] == "GET":
        if not ex.startswith("/"):
            return None, "request example is not a request target"
        _, _, query = ex.partition("?")
        names = [kv.split("=", 1)[0] for kv in query.split("&") if kv]
        return [names], None
    if not ex or ex.startswith("/"):
        return None, "no JSON body in the request example"
    try:
        body = json.loads(ex)
    except ValueError:
        # The docs' usual slips: `//` comments, trailing commas, a missing comma at a line end.
        fixed = re.sub(r"//[^\n]*", "", ex)
        fixed = re.sub(r",\s*([}\]])", r"\1", fixed)
        fixed = re.sub(r'"\s*\n(\s*)"', r'",\n\1"', fixed)
        try:
            body = json.loads(fixed)
        except ValueError:
            return None, "request example is not valid JSON"
    items = body if isinstance(body, list) else [body]
    if not all(isinstance(i, dict) for i in items):
        return None, "request example is not an object"
    return [list(i.keys()) for i in items], body


def swift_literal_for(value, f, gen_enum_type):
    """A Swift expression for `value` as the parameter `f` (in a test file)."""
    k = f["kind"]
    if value is None:
        return None
    if k == "boolean":
        if isinstance(value, bool):
            return "true" if value else "false"
        if value in ("true", "false"):
            return value
        return None
    s = value if isinstance(value, str) else json.dumps(value)
    if k == "decimal":
        return f"try fixtureDecimal({swift_string(s)})"
    if k == "integer":
        return f"try fixtureInt({swift_string(s)})"
    if k == "timestamp_ms":
        return f"try fixtureMs({swift_string(s)})"
    if k == "enum":
        return swift_string(s)
    if k == "string_array":
        if isinstance(value, list):
            return "[" + ", ".join(swift_string(str(x)) for x in value) + "]"
        return "[" + swift_string(s) + "]"
    if k == "decimal_array":
        return None
    if isinstance(value, (dict, list)):
        return None
    return swift_string(s)


def build_request_expr(e, node, obj, type_expr):
    """A Swift initializer call for `obj` (a dict from the example), or (None, reason)."""
    args = []
    snames = EndpointGen(e, "", "").struct_names(node)
    for f in node.fields:
        if f["name"] not in obj:
            if f.get("required") is True and not f.get("group"):
                return None, f"example lacks required `{f['name']}`"
            continue
        v = obj[f["name"]]
        if v == "" and f["kind"] not in ("string", "enum"):
            continue  # the docs' way of writing "not sent"
        if f["name"] in node.children:
            child = node.children[f["name"]]
            sub = f"{type_expr}.{snames[f['name']]}"
            if f["kind"] == "object_array":
                if not isinstance(v, list):
                    return None, f"`{f['name']}` is not an array in the example"
                items = []
                for item in v:
                    if not isinstance(item, dict):
                        return None, f"`{f['name']}` item is not an object in the example"
                    x, why = build_request_expr(e, child, item, sub)
                    if x is None:
                        return None, why
                    items.append(x)
                expr = "[" + ", ".join(items) + "]"
            else:
                if not isinstance(v, dict):
                    return None, f"`{f['name']}` is not an object in the example"
                expr, why = build_request_expr(e, child, v, sub)
                if expr is None:
                    return None, why
        else:
            expr = swift_literal_for(v, f, None)
            if expr is None:
                return None, f"`{f['name']}` value {json.dumps(v)[:40]} does not fit kind {f['kind']}"
        args.append(f"{ident(f['name']).strip('`')}: {expr}")
    return f"{type_expr}({', '.join(args)})", None


def synthesized_request_expr(e, node, type_expr):
    """A Swift initializer call with only the required parameters, each a placeholder of its
    kind (the first documented value of a value set): for calling an endpoint whose docs give
    no usable request example. The simulator checks the signature, not these values."""
    args = []
    snames = EndpointGen(e, "", "").struct_names(node)
    for f in node.fields:
        if f.get("required") is not True or f.get("group"):
            continue
        if f["name"] in node.children:
            inner = synthesized_request_expr(e, node.children[f["name"]], f"{type_expr}.{snames[f['name']]}")
            expr = f"[{inner}]" if f["kind"] == "object_array" else inner
        else:
            values = [v["value"] for v in f.get("values") or []]
            expr = {
                "decimal": 'try fixtureDecimal("1")', "integer": 'try fixtureInt("1")', "timestamp_ms": 'try fixtureMs("1597026383085")',
                "boolean": "true", "string_array": '["1"]', "decimal_array": '[[1]]',
                "enum": swift_string(values[0]) if values else '"1"',
            }.get(f["kind"], swift_string("BTC-USDT" if f["name"] == "instId" else "1"))
        args.append(f"{ident(f['name']).strip('`')}: {expr}")
    return f"{type_expr}({', '.join(args)})"


def undocumented_keys(e, ex):
    """The key paths (dotted, array positions dropped) of the response example's `data` that the
    table does not document: the model has nowhere to keep them, so re-encoding drops them."""
    documented = {f["path"] for f in response_fields(e)}
    found = set()
    def walk(value, prefix):
        if isinstance(value, list):
            for item in value:
                walk(item, prefix)
        elif isinstance(value, dict):
            for k, v in value.items():
                path = f"{prefix}.{k}" if prefix else k
                if path not in documented:
                    found.add(path)
                else:
                    walk(v, path)
    if isinstance(ex, dict) and e["response_data_shape"] not in ("array_of_arrays", "row", "string_rows"):
        walk(ex.get("data"), "")
    return sorted(found)


STATUS = {}  # (method, path) -> (skipResponse, skipRequest), filled by fixtures()


def fixtures(spec, by_section):
    out = [HEADER, "import Foundation\n@testable import OKX\n\n"]
    out.append("/// One documented endpoint's examples, as the test suite checks them.\n")
    out.append("struct GeneratedAPIExample: Sendable {\n    let method: String\n    let path: String\n")
    out.append("    /// The docs' response example (an OKX envelope), nil when the table has none.\n    let response: String?\n")
    out.append("    /// Decodes `response` with the endpoint's generated model and encodes the model's `data` again.\n")
    out.append("    let reencode: @Sendable (Data) throws -> Data\n")
    out.append("    /// Key paths of the example's `data` that the table does not document (dropped on re-encoding).\n")
    out.append("    let undocumented: Set<String>\n")
    out.append("    /// Why the response example is not checked, if it is not.\n    let skipResponse: String?\n")
    out.append("    /// The request built from the docs' request example, and the parameter names it documents.\n")
    out.append("    let request: (@Sendable () throws -> EndpointParts)?\n    let requestNames: [[String]]\n")
    out.append("    /// Why the request example is not checked, if it is not.\n    let skipRequest: String?\n")
    out.append("    /// Sends the endpoint through a client (the documented request; without a usable one, the\n")
    out.append("    /// required parameters only, as placeholders) and returns how many items the answer decoded to.\n")
    out.append("    let call: @Sendable (OKXClient) async throws -> Int\n")
    out.append("    /// Whether `call` sends placeholders because the docs' request example is not usable.\n")
    out.append("    let callIsSynthesized: Bool\n}\n\n")
    out.append("let generatedAPIExamples: [GeneratedAPIExample] = [\n")
    for section in sorted(by_section):
        ns = SECTIONS[section]
        entries = sorted(by_section[section], key=lambda e: (e["path"], e["method"]))
        nm = names(entries)
        for e in entries:
            t, func = nm[id(e)]
            full = f"API.{ns}.{t}"
            ex = example_json(e)
            skip_resp = None
            resp_text = "nil"
            if (e["method"], e["path"]) in UNTYPED:
                skip_resp = UNTYPED[(e["method"], e["path"])]
            elif (e["method"], e["path"]) in BROKEN_EXAMPLES:
                skip_resp = BROKEN_EXAMPLES[(e["method"], e["path"])]
            elif ex is None:
                skip_resp = "no response example in the table"
            elif not isinstance(ex, dict):
                skip_resp = "the response example is not an envelope"
            elif str(ex.get("code", "0")) != "0":
                if isinstance(ex.get("data"), list) and ex["data"]:
                    # The docs show the data of an error answer (or an empty code): its items
                    # are still checked against the model, under code "0".
                    code = json.dumps(ex.get("code"))
                    ex = dict(ex, code="0", msg="")
                    out.append(f"    // {e['method']} {e['path']}: the example's code is {code}; its data is decoded under \"0\".\n")
                else:
                    skip_resp = f"the response example is the error {json.dumps(ex.get('code'))} without data"
            if ex is not None and skip_resp is None:
                resp_text = swift_string(json.dumps(ex, separators=(",", ":"), ensure_ascii=False))
            # request
            req_names, body = request_example(e)
            skip_req = None
            req_expr = "nil"
            if req_names is None:
                skip_req = body
                req_names = []
            else:
                node = tree(e["params"])
                if e["method"] == "GET":
                    ex_target = e["request_example"].strip()
                    _, _, query = ex_target.partition("?")
                    from urllib.parse import unquote
                    obj = {}
                    for kv in query.split("&"):
                        if kv:
                            k, _, v = kv.partition("=")
                            obj[k] = unquote(v)
                    items = [obj]
                else:
                    items = body if isinstance(body, list) else [body]
                exprs = []
                for item in items:
                    unknown = [k for k in item if k not in {f["name"] for f in node.fields}]
                    if unknown:
                        skip_req = f"example sends undocumented {', '.join('`' + u + '`' for u in unknown)}"
                        break
                    x, why = build_request_expr(e, node, item, f"{full}.Request")
                    if x is None:
                        skip_req = why
                        break
                    exprs.append(x)
                if skip_req is None:
                    text_kinds = {f["name"] for f in node.fields if f["kind"] in ("string", "enum")}
                    req_names = [[k for k, v in item.items() if v != "" or k in text_kinds] for item in items]
                    fn = f"API.{ns}.{func.strip('`')}"
                    arg = ("[" + ", ".join(exprs) + "]") if is_batch(e) else exprs[0]
                    req_expr = f"{{ EndpointParts({fn}({arg})) }}"
                else:
                    req_names = []
            fn = f"API.{ns}.{func.strip('`')}"
            all_optional = all(f.get("required") is not True for f in e["params"] if "." not in f["path"])
            call_arg = None
            synthesized = False
            if skip_req is None and req_expr != "nil":
                call_arg = ("[" + ", ".join(exprs) + "]") if is_batch(e) else exprs[0]
            elif all_optional and not is_batch(e):
                call_arg = ""
            else:
                synthesized = True
                one = synthesized_request_expr(e, tree(e["params"]), f"{full}.Request")
                call_arg = f"[{one}]" if is_batch(e) else one
            if single(e):
                call_expr = f"{{ client in _ = try await client.send({fn}({call_arg})); return 1 }}"
            else:
                call_expr = f"{{ client in try await client.send({fn}({call_arg})).count }}"
            STATUS[(e["method"], e["path"])] = (skip_resp, skip_req, fn, "placeholders" if synthesized else "example")
            names_lit = "[" + ", ".join("[" + ", ".join(swift_string(n) for n in group) + "]" for group in req_names) + "]"
            out.append(f"    GeneratedAPIExample(method: {swift_string(e['method'])}, path: {swift_string(e['path'])}, response: {resp_text},\n")
            rtype = f"{full}.Response" if single(e) else f"[{full}.Response]"
            undocumented = undocumented_keys(e, ex) if skip_resp is None else []
            out.append(f"        reencode: {{ try reencodeExample({rtype}.self, $0) }},\n")
            out.append(f"        undocumented: [{', '.join(swift_string(k) for k in undocumented)}],\n")
            out.append(f"        skipResponse: {swift_string(skip_resp) if skip_resp else 'nil'}, request: {req_expr},\n")
            out.append(f"        requestNames: {names_lit}, skipRequest: {swift_string(skip_req) if skip_req else 'nil'},\n")
            out.append(f"        call: {call_expr}, callIsSynthesized: {'true' if synthesized else 'false'}),\n")
    out.append("]\n")
    return "".join(out)


# ---------------------------------------------------------------- WebSocket channels
#
# Every `kind: channel` entry of the table's `websocket` list becomes `Channels.<Name>` in
# Sources/OKX/Generated/Channels+<Section>.swift: `names` (the family), `urlKind`, `needsLogin`,
# `Arguments` (the subscription argument, by the REST request emitter) and `Push` (one item of a
# push's `data`, by the REST response emitter, positional rows included), so a push decodes and
# encodes exactly like a REST answer of the same kinds. The registry (`Channels.documented`) and
# the test fixtures are generated with them.
#
# Naming: the first channel name in UpperCamelCase (`mark-price` -> `MarkPrice`), except families
# named after one member of the family (`candle3M`), which get the names below.
CHANNEL_TYPES = {
    "candle3M": "Candles", "index-candle3M": "IndexCandles", "mark-price-candle3M": "MarkPriceCandles",
    "sprd-candle3M": "SprdCandles", "sprd-books5": "SprdBooks",
}
CHANNEL_FIXTURES = ROOT / "Tests/OKXTests/Generated/GeneratedChannelFixtures.swift"

# Corrections of a push's shape, like PATCHES: (channel, field path, kind, doc type, reason).
CHANNEL_PATCHES = [
    ("sprd-books5", "data.asks", "decimal_array", "Array of arrays", "levels are [price, size, orders] rows (docs example), not strings"),
    ("sprd-books5", "data.bids", "decimal_array", "Array of arrays", "levels are [price, size, orders] rows (docs example), not strings"),
]


def patch_channels(spec):
    for channel, path, kind, doc_type, why in CHANNEL_PATCHES:
        fields = [f for e in spec["websocket"] if e["channel"] == channel for f in e["push_data"] if f["path"] == path]
        if not fields:
            sys.exit(f"channel patch for {channel} {path} ({why}) matches no field: remove or update it")
        for f in fields:
            f["kind"], f["doc_type"] = kind, doc_type


def channel_names(e):
    """The family's names; the table has a stray space in one (`index -candle2H`)."""
    out = []
    for n in e["channels"] or [e["channel"]]:
        n = re.sub(r"\s+", "", n)
        if n not in out:
            out.append(n)
    return out


# Members of a public family that need a logged-in connection all the same (the docs say so in
# prose, not in the table: the tick-by-tick books need login and a fee tier).
LOGIN_ONLY_NAMES = {"books-l2-tbt", "books50-l2-tbt"}


def push_example(e):
    """The docs' whole push example (the repaired copy where the docs' JSON is broken), or None."""
    ex = e.get("push_example")
    if ex is None:
        rep = e.get("push_example_repaired")
        if isinstance(rep, str):
            try:
                ex = json.loads(rep)
            except ValueError:
                ex = None
        elif rep is not None:
            ex = rep
    return ex if isinstance(ex, dict) else None


def channel_entry(e):
    """The channel as a REST-shaped entry, so EndpointGen emits its models unchanged: the
    subscription arguments as `params`, the `data.` fields of the push as the response."""
    data = [dict(f, path=f["path"][5:]) for f in e["push_data"] if f["path"].startswith("data.")]
    positional = any(f.get("position") is not None for f in data)
    return {
        "id": e["id"], "method": "WS", "path": e["channel"], "title": e["title"],
        "params": [a for a in e["args"] if a["name"] != "channel"], "request_example": None,
        "response": data, "response_root": "data", "response_data_shape": "array_of_arrays" if positional else "array",
        "response_example": push_example(e),
    }


class ChannelGen(EndpointGen):
    """EndpointGen with the docs lines of a channel instead of an endpoint's."""
    def __init__(self, e, type_name):
        self.channel = e
        self.names = channel_names(e)
        # The family's names are the value set of `channel`, called `Name` (not `Channel`).
        family = len(self.names) > 1
        enums = {"types": {"Name": ("channel", list(self.names))} if family else {}, "of": {"channel": "Name"} if family else {}}
        super().__init__(channel_entry(e), type_name, "", enums)
        self.prefix = f"Channels.{type_name}"

    def arguments(self, indent):
        p = " " * indent
        node = tree(self.e["params"])
        if len(self.names) > 1:
            node.fields.insert(0, {"name": "channel", "path": "channel", "kind": "enum", "required": True, "values": []})
        out = self.request(node, "Arguments", indent, True)
        out[0] = f"{p}/// The subscription argument of `{self.names[0]}`{' and its family' if len(self.names) > 1 else ''}, in documented order.\n{p}/// - SeeAlso: {self.link}\n"
        i = next(i for i, line in enumerate(out) if line.startswith(f"{p}public struct Arguments: APIRequestFields"))
        out[i] = f"{p}public struct Arguments: ChannelArguments {{\n"
        out = [line.replace("/// A request with the given parameters; nil ones are not sent.", "/// Arguments with the given values; nil ones are not sent.") for line in out]
        name = "channel.rawValue" if len(self.names) > 1 else swift_string(self.names[0])
        close = f"{p}    }}\n{p}}}\n"
        assert out[-1] == close
        out[-1] = f"{p}    }}\n{p}    /// The channel these arguments subscribe to.\n{p}    public var channelName: String {{ {name} }}\n{p}}}\n"
        return out

    def push(self, indent):
        p = " " * indent
        what = f"One item of the `data` array of a `{self.names[0]}`{' (or family)' if len(self.names) > 1 else ''} push"
        if self.e["response_data_shape"] == "array_of_arrays":
            out = self.positional(self.e["response"], indent, "Push")
            out[0] = f"{p}/// {what}: an array read by position.\n{p}/// - SeeAlso: {self.link}\n"
            out[1] = out[1].replace("public struct Response:", "public struct Push:")
        else:
            out = self.response(tree(self.e["response"]), "Push", indent, True)
            out[0] = f"{p}/// {what}.\n{p}/// - SeeAlso: {self.link}\n"
        return out

    def emit_channel(self):
        e = self.channel
        login = channel_login(e)
        out = [f"    /// The `{self.names[0]}` channel{' family' if len(self.names) > 1 else ''} on the {e['url_kind']} WebSocket endpoint: “{e['title']}”.\n",
               f"    /// - SeeAlso: {self.link}\n",
               f"    public enum {self.type}: DocumentedChannel {{\n",
               f"        /// The channel names this type covers, as OKX spells them.\n",
               f"        public static let names: [String] = [{', '.join(swift_string(n) for n in self.names)}]\n",
               f"        /// The WebSocket endpoint that serves the channel.\n",
               f"        public static let urlKind: WebSocketURLKind = .{e['url_kind'] if e['url_kind'] == 'business' else '`' + e['url_kind'] + '`'}\n",
               f"        /// Whether the connection must be logged in to subscribe.\n",
               f"        public static let needsLogin = {'true' if login else 'false'}\n"]
        only = [n for n in self.names if n in LOGIN_ONLY_NAMES] if not login else []
        if only:
            out.append(f"        /// The names of the family that need a logged-in connection all the same.\n")
            out.append(f"        public static let loginOnlyNames: Set<String> = [{', '.join(swift_string(n) for n in only)}]\n")
        out.extend(self.arguments(8))
        out.extend(self.push(8))
        enums = [chunk.replace(" in this section:", " of this channel:") for chunk in emit_enums(self.enums, "")]
        out.extend("    " + line if line.strip() else line for chunk in enums for line in chunk.splitlines(keepends=True))
        if out[-1] == "\n":
            out.pop()
        out.append("    }\n\n")
        return out


class OperationGen(ChannelGen):
    """A trading operation sent on a WebSocket (`order`, `batch-amend-orders` …): its argument
    item by the request emitter and one item of its reply's `data` by the response emitter."""
    def emit_operation(self):
        e = self.channel
        self.prefix = f"Channels.Operations.{self.type}"
        out = [f"        /// The `{e['channel']}` operation on the {e['url_kind']} WebSocket endpoint: “{e['title']}”.\n",
               f"        /// - SeeAlso: {self.link}\n",
               f"        public enum {self.type} {{\n",
               f"            /// The operation name (`op`), as OKX spells it.\n",
               f"            public static let op = {swift_string(e['channel'])}\n",
               f"            /// The WebSocket endpoint that takes the operation.\n",
               f"            public static let urlKind: WebSocketURLKind = .{e['url_kind'] if e['url_kind'] == 'business' else '`' + e['url_kind'] + '`'}\n"]
        args = self.request(tree(self.e["params"]), "Arguments", 12, True)
        args[0] = f"            /// One item of the operation's `args`, in documented order.\n            /// - SeeAlso: {self.link}\n"
        out.extend(line.replace("/// A request with the given parameters; nil ones are not sent.", "/// Arguments with the given values; nil ones are not sent.") for line in args)
        reply = self.response(tree(self.e["response"]), "Reply", 12, True)
        reply[0] = f"            /// One item of the `data` array of the operation's reply.\n            /// - SeeAlso: {self.link}\n"
        out.extend(reply)
        enums = [chunk.replace(" in this section:", " of this operation:") for chunk in emit_enums(self.enums, "")]
        out.extend("        " + line if line.strip() else line for chunk in enums for line in chunk.splitlines(keepends=True))
        if out[-1] == "\n":
            out.pop()
        out.append("        }\n\n")
        return out


def operations(spec):
    """`Channels.Operations`: every documented WebSocket trading operation, and the registry of
    their reply models by `op`."""
    ops = sorted((e for e in spec["websocket"] if e["kind"] == "operation"), key=lambda e: e["channel"])
    out = [HEADER, "IMPORT", "extension Channels {\n",
           "    /// The trading operations OKX takes on a WebSocket (`order`, `cancel-order` …): each one's\n",
           "    /// argument item and the model of one item of its reply's `data`.\n",
           "    public enum Operations {\n"]
    types = []
    for e in ops:
        t = upper_camel(e["channel"])
        types.append((e, t))
        out.extend(OperationGen(e, t).emit_operation())
    out[-1] = out[-1].rstrip("\n") + "\n"
    out.append("    }\n\n")
    out.append("    /// The reply item model of every documented WebSocket operation, by its `op`.\n")
    out.append("    public static let operationReplies: [String: any (Codable & Sendable).Type] = [\n")
    for e, t in types:
        out.append(f"        {swift_string(e['channel'])}: Operations.{t}.Reply.self,\n")
    out.append("    ]\n}\n")
    text = "".join(out)
    uses = re.search(r"public (?:var|let) \S+: \[*(?:Decimal|Date)\b", text)
    return text.replace("IMPORT", "public import Foundation\n\n" if uses else "", 1), types


def channel_types(spec):
    """(entry, section, type name) for every channel, in section then name order."""
    out, taken = [], set()
    for e in sorted((e for e in spec["websocket"] if e["kind"] == "channel"), key=lambda e: (e["section"], e["channel"])):
        if e["section"] not in SECTIONS:
            sys.exit(f"unknown section {e['section']!r}: add it to SECTIONS")
        t = CHANNEL_TYPES.get(e["channel"]) or upper_camel(e["channel"])
        if t in taken or t in RESERVED_TYPES:
            sys.exit(f"channel type name {t} is taken: add {e['channel']!r} to CHANNEL_TYPES")
        taken.add(t)
        out.append((e, e["section"], t))
    return out


def channels(spec):
    """The channel files, the registry and the channel test fixtures (see above)."""
    files = {}
    by_section = {}
    patch_channels(spec)
    for e, section, t in channel_types(spec):
        by_section.setdefault(section, []).append((e, t))
    for section, items in sorted(by_section.items()):
        out = [HEADER, "IMPORT", "extension Channels {\n"]
        for e, t in items:
            out.extend(ChannelGen(e, t).emit_channel())
        out[-1] = out[-1].rstrip("\n") + "\n"
        out.append("}\n")
        text = "".join(out)
        uses = re.search(r"public (?:var|let) \S+: \[*(?:Decimal|Date)\b", text)
        text = text.replace("IMPORT", "public import Foundation\n\n" if uses else "", 1)
        files[OUT_DIR / f"Channels+{SECTIONS[section].replace('.', '')}.swift"] = text
    reg = [HEADER, "extension Channels {\n",
           "    /// Every documented channel name (each member of a family, e.g. every candle bar) with\n",
           "    /// its generated type: for tools and streams that meet a channel by name.\n",
           "    public static let documented: [String: any DocumentedChannel.Type] = [\n"]
    for e, _, t in sorted(channel_types(spec), key=lambda x: x[2]):
        for n in channel_names(e):
            reg.append(f"        {swift_string(n)}: {t}.self,\n")
    reg.append("    ]\n}\n")
    files[OUT_DIR / "Channels+Registry.swift"] = "".join(reg)
    files[OUT_DIR / "Channels+Operations.swift"], _ = operations(spec)
    files[CHANNEL_FIXTURES] = channel_fixtures(spec)
    return files


def channel_fixtures(spec):
    out = [HEADER, "import Foundation\n@testable import OKX\n\n",
           "/// One documented channel as the test suite checks it.\n",
           "struct GeneratedChannelExample: Sendable {\n    let type: any DocumentedChannel.Type\n    let names: [String]\n",
           "    /// The docs' push example (a whole frame), nil when the table has none.\n    let push: String?\n",
           "    /// Why the example is not checked, if it is not.\n    let skip: String?\n",
           "    /// Key paths of the frame (`data.x.y`) that the table does not document (dropped on re-encoding).\n",
           "    let undocumented: Set<String>\n}\n\n",
           "let generatedChannelExamples: [GeneratedChannelExample] = [\n"]
    for e, _, t in channel_types(spec):
        ex = push_example(e)
        skip = None if ex is not None else "no push example in the table"
        if ex is not None and not isinstance(ex.get("data"), list):
            skip, ex = "the push example has no `data` array", None
        entry = channel_entry(e)
        undocumented = [] if ex is None or entry["response_data_shape"] == "array_of_arrays" else \
            ["data." + k for k in undocumented_keys(entry, ex)]
        text = swift_string(json.dumps(ex, separators=(",", ":"), ensure_ascii=False)) if ex is not None else "nil"
        out.append(f"    GeneratedChannelExample(type: Channels.{t}.self, names: [{', '.join(swift_string(n) for n in channel_names(e))}],\n")
        out.append(f"        push: {text},\n        skip: {swift_string(skip) if skip else 'nil'}, undocumented: [{', '.join(swift_string(k) for k in undocumented)}]),\n")
    out.append("]\n\n")
    out.append("/// Every documented WebSocket operation: its `op`, reply item model and the docs' reply example.\n")
    out.append("let generatedOperationExamples: [(op: String, reply: any (Codable & Sendable).Type, example: String?)] = [\n")
    for e, t in operations(spec)[1]:
        ex = push_example(e)
        text = swift_string(json.dumps(ex, separators=(",", ":"), ensure_ascii=False)) if ex is not None else "nil"
        out.append(f"    ({swift_string(e['channel'])}, Channels.Operations.{t}.Reply.self, {text}),\n")
    out.append("]\n")
    return "".join(out)


def main():
    spec = load()
    targets = generate(spec)
    targets.update(channels(spec))
    targets[DIRECT_FIXTURES] = direct_fixtures()
    check = "--check" in sys.argv
    stale = []
    existing = set(OUT_DIR.glob("*.swift")) if OUT_DIR.exists() else set()
    for path in existing - set(targets):
        if check:
            stale.append(str(path.relative_to(ROOT)) + " (no longer generated)")
        else:
            path.unlink()
    for path, text in targets.items():
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path.relative_to(ROOT)))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
    if stale:
        print("stale generated API files (run python3 scripts/generate-api.py):\n  " + "\n  ".join(stale), file=sys.stderr)
        sys.exit(1)
    if not check:
        lines = sum(t.count("\n") for p, t in targets.items() if p.parent == OUT_DIR)
        print(f"generated {len(spec['rest'])} endpoints into {len(targets) - 1} files ({lines} lines) and the test fixtures", file=sys.stderr)


if __name__ == "__main__":
    main()
