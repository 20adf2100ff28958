import Foundation
import MCP
import OKX

/// JSON schemas for endpoints, built from the generated ``APIReference`` table (never typed by
/// hand), and the check of arguments against them before anything is signed.
enum MCPSchemaBuilder {
    /// The schema of one parameter's value. Numbers may be given as JSON numbers or strings (OKX
    /// sends them as strings); value sets list their documented values.
    static func schema(of parameter: APIReference.Parameter, in reference: APIReference) -> Value {
        switch parameter.kind {
        case .string:
            return parameter.values.isEmpty ? ["type": "string"] : ["enum": .array(parameter.values.map(Value.string))]
        case .decimal: return ["type": ["string", "number"]]
        case .integer: return ["type": ["string", "integer"]]
        case .timestamp: return ["type": ["string", "integer"], "description": "epoch ms"]
        case .boolean: return ["type": "boolean"]
        case .stringArray: return ["type": "array", "items": ["type": "string"]]
        case .object: return objectSchema(children(of: parameter.path, in: reference), reference)
        case .objectArray: return ["type": "array", "items": objectSchema(children(of: parameter.path, in: reference), reference)]
        }
    }

    /// The parameters directly under `parent` (nil: the top level).
    static func children(of parent: String?, in reference: APIReference) -> [APIReference.Parameter] {
        reference.parameters.filter { $0.parent.map { String($0) } == parent }
    }

    static func objectSchema(_ parameters: [APIReference.Parameter], _ reference: APIReference) -> Value {
        var properties: [String: Value] = [:]
        for parameter in parameters { properties[String(parameter.name)] = schema(of: parameter, in: reference) }
        var object: [String: Value] = ["type": "object", "properties": .object(properties), "additionalProperties": false]
        let required = parameters.filter(\.required).map { Value.string(String($0.name)) }
        if !required.isEmpty { object["required"] = .array(required) }
        return .object(object)
    }

    /// The input schema of an endpoint's arguments; a batch endpoint takes `items`, an array of
    /// its item. `dryRun` adds the `dry_run` switch of write tools.
    static func inputSchema(_ reference: APIReference, dryRun: Bool) -> Value {
        var schema = objectSchema(children(of: nil, in: reference), reference)
        if reference.bodyIsArray {
            schema = ["type": "object", "properties": ["items": ["type": "array", "items": schema, "minItems": 1]], "required": ["items"],
                      "additionalProperties": false]
        }
        if dryRun, case .object(var object) = schema, case .object(var properties)? = object["properties"] {
            properties["dry_run"] = ["type": "boolean", "description": "Return the request that would be sent, without sending it."]
            object["properties"] = .object(properties)
            schema = .object(object)
        }
        return schema
    }

    /// What a call sends, once its arguments passed the schema.
    struct Request {
        var query: [QueryItem] = []
        var body: JSONValue?
    }

    /// Checks `arguments` against the endpoint's parameters (names, required ones, value sets,
    /// types) and builds the query (GET) or body (POST). Throws ``MCPToolFailure`` naming the
    /// first problem; nothing is sent then.
    static func validate(_ arguments: [String: Value], for reference: APIReference) throws(MCPToolFailure) -> Request {
        var arguments = arguments
        arguments["dry_run"] = nil
        if reference.bodyIsArray {
            guard arguments.keys.allSatisfy({ $0 == "items" }), case .array(let items)? = arguments["items"], !items.isEmpty else {
                throw .invalid("\(reference.name) takes items: an array of objects, each with the endpoint's fields")
            }
            var out: [JSONValue] = []
            for (i, item) in items.enumerated() {
                guard case .object(let fields) = item else { throw .invalid("items[\(i)] must be an object") }
                out.append(try checkObject(fields, parent: nil, reference: reference, at: "items[\(i)]."))
            }
            return Request(body: .array(out))
        }
        let object = try checkObject(arguments, parent: nil, reference: reference, at: "")
        guard reference.method == .get, case .object(let fields) = object else { return Request(body: object) }
        // GET: the query in documented order.
        var query: [QueryItem] = []
        for parameter in children(of: nil, in: reference) {
            guard let value = fields[String(parameter.name)] else { continue }
            let text: String
            switch value {
            case .string(let s): text = s
            case .bool(let b): text = b ? "true" : "false"
            case .number(let n): text = n.description
            case .array(let items): text = items.compactMap(\.stringValue).joined(separator: ",")
            default: throw .invalid("\(parameter.path) cannot be sent in a query")
            }
            query.append(QueryItem(String(parameter.name), text))
        }
        return Request(query: query)
    }

    private static func checkObject(_ fields: [String: Value], parent: String?, reference: APIReference, at prefix: String) throws(MCPToolFailure) -> JSONValue {
        let parameters = children(of: parent, in: reference)
        let known = Dictionary(parameters.map { (String($0.name), $0) }, uniquingKeysWith: { a, _ in a })
        for name in fields.keys.sorted() where known[name] == nil {
            let names = known.keys.sorted().joined(separator: ", ")
            throw .invalid("\(prefix)\(name) is not a parameter of \(reference.name) (\(reference.method) \(reference.path)); known: \(names.isEmpty ? "none" : names)",
                           fix: "Use search_endpoints to see the endpoint's schema; nothing was sent.")
        }
        for parameter in parameters where parameter.required && (fields[String(parameter.name)] == nil || fields[String(parameter.name)] == .null) {
            throw .invalid("\(prefix)\(parameter.name) is required by \(reference.name)")
        }
        var out: [String: JSONValue] = [:]
        for (name, value) in fields {
            guard let parameter = known[name], value != .null else { continue }
            out[name] = try check(value, parameter, reference: reference, at: prefix + name)
        }
        return .object(out)
    }

    private static func check(_ value: Value, _ parameter: APIReference.Parameter, reference: APIReference, at place: String) throws(MCPToolFailure) -> JSONValue {
        switch parameter.kind {
        case .string:
            guard let text = MCPJSON.scalarText(value), value.boolValue == nil else { throw .invalid("\(place) must be a string") }
            if !parameter.values.isEmpty && !parameter.values.contains(text) {
                throw .invalid("\(place) must be one of \(parameter.values.joined(separator: ", ")); got \(text)")
            }
            return .string(text)
        case .decimal, .integer, .timestamp:
            guard let text = MCPJSON.scalarText(value), value.boolValue == nil else { throw .invalid("\(place) must be a number (or a numeric string)") }
            let valid = parameter.kind == .decimal
                ? Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) != nil && text.allSatisfy({ "0123456789.-+eE".contains($0) })
                : Int64(text) != nil
            guard valid else { throw .invalid("\(place) must be \(parameter.kind == .decimal ? "a decimal number" : "a whole number"); got \(text)") }
            return .string(text)
        case .boolean:
            if let b = value.boolValue { return .bool(b) }
            if let s = value.stringValue, s == "true" || s == "false" { return .bool(s == "true") }
            throw .invalid("\(place) must be true or false")
        case .stringArray:
            guard case .array(let items) = value else { throw .invalid("\(place) must be an array of strings") }
            var out: [JSONValue] = []
            for item in items {
                guard let text = MCPJSON.scalarText(item) else { throw .invalid("\(place) must be an array of strings") }
                out.append(.string(text))
            }
            return .array(out)
        case .object:
            guard case .object(let fields) = value else { throw .invalid("\(place) must be an object") }
            return try checkObject(fields, parent: parameter.path, reference: reference, at: place + ".")
        case .objectArray:
            guard case .array(let items) = value else { throw .invalid("\(place) must be an array of objects") }
            var out: [JSONValue] = []
            for (i, item) in items.enumerated() {
                guard case .object(let fields) = item else { throw .invalid("\(place)[\(i)] must be an object") }
                out.append(try checkObject(fields, parent: parameter.path, reference: reference, at: "\(place)[\(i)]."))
            }
            return .array(out)
        }
    }
}
