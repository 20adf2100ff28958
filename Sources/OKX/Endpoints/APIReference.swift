/// One documented REST endpoint described as data rather than as a type: for programs that
/// pick an endpoint at run time by its name (the `okx mcp` catalogue builds the JSON schema
/// of its arguments from ``parameters``). ``all`` is generated from the same table as ``API``,
/// so the two never disagree.
public struct APIReference: Sendable, Hashable {
    /// One request parameter.
    public struct Parameter: Sendable, Hashable {
        /// What a parameter's value is, as the table types it.
        public enum Kind: String, Sendable, Hashable {
            /// Text (ids, currencies, and value sets whose values are in ``Parameter/values``).
            case string
            /// A decimal number, sent as a string.
            case decimal
            /// A whole number, sent as a string.
            case integer
            /// A time in epoch milliseconds, sent as a string.
            case timestamp
            /// `true` or `false`.
            case boolean
            /// An array of strings.
            case stringArray
            /// A JSON object whose fields are the parameters under this one's path.
            case object
            /// An array of such objects.
            case objectArray
        }

        /// The name; a field of a nested object has its parent's name in front, with a dot
        /// (`legs.instId`).
        public let path: String
        /// The kind of value.
        public let kind: Kind
        /// Whether OKX always requires it (at its level: a nested field only when its parent is
        /// sent). One the docs require only in some cases (`posSide` in long/short mode) is not.
        public let required: Bool
        /// The documented values of a value set; empty for free values.
        public let values: [String]

        /// A parameter as the table describes it.
        public init(_ path: String, _ kind: Kind, required: Bool, values: [String] = []) {
            self.path = path
            self.kind = kind
            self.required = required
            self.values = values
        }

        /// The last component of ``path``: the name the parameter is sent under.
        public var name: Substring { path[(path.lastIndex(of: ".").map { path.index(after: $0) } ?? path.startIndex)...] }
        /// The path of the enclosing object parameter, or nil at the top level.
        public var parent: Substring? { path.lastIndex(of: ".").map { path[..<$0] } }
    }

    /// The documentation anchor, unique among all endpoints.
    public let id: String
    /// The generated Swift name: section namespace and function (`Trade.placeOrder`).
    public let name: String
    /// The docs section (`order-book-trading/trade`).
    public let section: String
    /// HTTP method.
    public let method: HTTPMethod
    /// Path without query.
    public let path: String
    /// The endpoint's short title.
    public let title: String
    /// Whether the POST body is an array of items (batch endpoints) rather than one object.
    public let bodyIsArray: Bool
    /// The request parameters, in documented order, nested ones after their parent.
    public let parameters: [Parameter]

    /// An endpoint as the table describes it.
    public init(id: String, name: String, section: String, method: HTTPMethod, path: String, title: String, bodyIsArray: Bool,
                parameters: [Parameter]) {
        self.id = id
        self.name = name
        self.section = section
        self.method = method
        self.path = path
        self.title = title
        self.bodyIsArray = bodyIsArray
        self.parameters = parameters
    }

    /// Rate limit, permission and authentication, from ``EndpointSpec/catalog``.
    public var spec: EndpointSpec? { EndpointSpec.lookup(method, path) }

    /// The endpoint with this ``id`` or ``name``.
    public static func named(_ key: String) -> APIReference? { index[key] }

    private static let index: [String: APIReference] = {
        var index: [String: APIReference] = [:]
        for reference in all {
            index[reference.id] = reference
            index[reference.name] = reference
        }
        return index
    }()
}
