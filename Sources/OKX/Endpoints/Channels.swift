public import Foundation

/// The namespace of the typed WebSocket channels generated from `Data/okx/api-spec.json`: one
/// type per documented channel (or family of channels, such as every candle bar), each with its
/// `Arguments` and `Push` models. Named `Channels` so it does not clash with the subscription
/// value `Channel` of OKXStreams.
public enum Channels {
    /// The push item model of a channel name (every member of a family, e.g. `candle1H`,
    /// `books50-l2-tbt`, `mark-price-candle3M`), or nil for a name OKX does not document.
    public static func model(forChannel name: String) -> (any (Codable & Sendable).Type)? {
        documented[name]?.pushType
    }
}

/// Which of OKX's WebSocket endpoints (`/ws/v5/public`, `/ws/v5/private`, `/ws/v5/business`)
/// serves a channel.
public enum WebSocketURLKind: String, Sendable, Hashable, CaseIterable {
    /// `/ws/v5/public`.
    case `public`
    /// `/ws/v5/private`.
    case `private`
    /// `/ws/v5/business`.
    case business
}

/// A generated channel type: its names, where it is served, its subscription arguments and the
/// model of one item of its pushes' `data`.
public protocol DocumentedChannel: Sendable {
    /// One item of a push's `data` array.
    associatedtype Push: Codable & Sendable
    /// The subscription argument.
    associatedtype Arguments: ChannelArguments
    /// The channel names the type covers, as OKX spells them (one, or a family).
    static var names: [String] { get }
    /// The WebSocket endpoint that serves the channel.
    static var urlKind: WebSocketURLKind { get }
    /// Whether the connection must be logged in to subscribe (to every name of the family).
    static var needsLogin: Bool { get }
    /// The names of a family that need a logged-in connection although the others do not
    /// (the tick-by-tick books); empty for most channels.
    static var loginOnlyNames: Set<String> { get }
}

extension DocumentedChannel {
    /// No name needs login on its own.
    public static var loginOnlyNames: Set<String> { [] }

    /// Whether subscribing to `name` needs a logged-in connection.
    public static func needsLogin(_ name: String) -> Bool { needsLogin || loginOnlyNames.contains(name) }

    /// `Push.self`, reachable through an existential (`any DocumentedChannel.Type`).
    public static var pushType: any (Codable & Sendable).Type { Push.self }
}

/// A generated subscription argument: the channel's name and its arguments in documented order.
public protocol ChannelArguments: APIRequestFields {
    /// The channel the argument subscribes to.
    var channelName: String { get }
}

extension ChannelArguments {
    /// The argument as OKX's `subscribe` operation takes it: `channel` and every argument given,
    /// as text (OKX's subscription arguments are strings; an object argument is sent as JSON text).
    public var argument: [String: String] {
        var out = ["channel": channelName]
        for field in parameters.fields {
            out[field.name] = Self.text(field.value)
        }
        return out
    }

    private static func text(_ value: APIParameters.Value) -> String {
        switch value {
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .array, .object:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(json(value))).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
    }

    private static func json(_ value: APIParameters.Value) -> JSONValue {
        switch value {
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .array(let items): return .array(items.map(json))
        case .object(let p): return .object(Dictionary(p.fields.map { ($0.name, json($0.value)) }) { first, _ in first })
        }
    }
}

/// One push frame of a channel: `{"arg": {…}, "action": …, "data": [Item…]}` with `data` typed
/// and the rest of the envelope (`arg`, `action`, `eventType`, `curPage` …) kept as it came, so a
/// frame re-encodes whole.
public struct ChannelPush<Item: Codable & Sendable>: Codable, Sendable {
    /// The subscription argument OKX echoes back (`channel`, `instId`, `uid` …).
    public var arg: [String: JSONValue]?
    /// `snapshot` or `update` on order-book channels; nil elsewhere.
    public var action: String?
    /// The pushed items.
    public var data: [Item]
    /// Any other envelope keys, by name.
    public var others: [String: JSONValue]

    /// A frame from its parts.
    public init(arg: [String: JSONValue]? = nil, action: String? = nil, data: [Item], others: [String: JSONValue] = [:]) {
        (self.arg, self.action, self.data, self.others) = (arg, action, data, others)
    }

    /// Reads `arg`, `action` and `data` by name, and every other key as JSON.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: APIKey.self)
        arg = try c.decodeIfPresent([String: JSONValue].self, forKey: "arg")
        action = try c.decodeIfPresent(String.self, forKey: "action")
        data = try c.decode([Item].self, forKey: "data")
        var others: [String: JSONValue] = [:]
        for key in c.allKeys where !["arg", "action", "data"].contains(key.stringValue) {
            others[key.stringValue] = try c.decode(JSONValue.self, forKey: key)
        }
        self.others = others
    }

    /// Writes the frame back: `data` with the item model's OKX wire form, the rest as it came.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: APIKey.self)
        try c.encodeIfPresent(arg, forKey: "arg")
        try c.encodeIfPresent(action, forKey: "action")
        try c.encode(data, forKey: "data")
        for (key, value) in others {
            try c.encode(value, forKey: APIKey(stringValue: key))
        }
    }
}

extension OKXDecoder {
    /// Decodes one WebSocket push frame with `Item` as the model of its `data` items. A frame
    /// that does not fit throws ``OKXError`` (category `invalidResponse`) naming the JSON path of
    /// the first field that did not, e.g. `.data[0].markPx`.
    public func decodePush<Item: Codable & Sendable>(_ item: Item.Type, from data: Data) throws -> ChannelPush<Item> {
        do {
            return try decode(ChannelPush<Item>.self, from: data)
        } catch {
            let reason = UntrustedText.bounded(Envelope.describe(error), limit: 512)
            throw OKXError.invalidResponse("the push did not match \(Item.self): \(reason)", status: 200, body: data, context: nil,
                                           fix: "The frame has a shape this version of swift-okx does not expect for its channel (a field missing or of another type). "
                                               + "Update swift-okx, or read the frame as raw JSON; report it if it persists.")
        }
    }
}
