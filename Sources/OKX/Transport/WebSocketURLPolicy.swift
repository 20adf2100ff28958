/// The REST transport's URL rule applied to WebSocket URLs, for OKXStreams (which has no libcurl
/// and connects through SwiftNIO): it lives here so that both sides share one loopback test.
extension CurlTransport {
    /// Checks a WebSocket URL before anything connects: `wss` for any host, plain `ws` only for
    /// loopback hosts (127.0.0.0/8, `localhost`, `::1`, as ``check(url:)`` accepts plain http),
    /// because a private connection's first message is the login (API key, passphrase,
    /// signature). Returns the URL with its scheme in lower case: the WebSocket client compares
    /// the scheme exactly, and would connect to `WSS://…` without TLS.
    package static func checkWebSocket(url: String) throws(OKXError) -> String {
        let fix = "Use a wss:// URL (OKX's are wss://ws.okx.com:8443 and the like); plain ws:// is for a local simulator on 127.0.0.1."
        guard let separator = url.range(of: "://"), !url.contains(" ") else {
            throw .configuration("the WebSocket URL is not an absolute URL (scheme://host…)", fix: fix)
        }
        let scheme = url[..<separator.lowerBound].lowercased()
        let rest = url[separator.upperBound...]
        let plainScheme: String
        switch scheme {
        case "wss": plainScheme = "https"
        case "ws": plainScheme = "http"
        default: throw .configuration("unsupported WebSocket URL scheme \(scheme.prefix(20)) (ws or wss expected)", fix: fix)
        }
        // The WebSocket client reads the host up to the first ':', '/' or '?', so a user-info part
        // (`user@host`) would name a different host for it than for the check below.
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if authority.contains("@") {
            throw .configuration("the WebSocket URL must not contain user information (user@host)", fix: fix)
        }
        do {
            _ = try check(url: plainScheme + "://" + rest)
        } catch let error as TransportError {
            let host = authority.hasPrefix("[") ? String(authority.prefix { $0 != "]" }) + "]" : String(authority.prefix { $0 != ":" })
            if scheme == "ws" && error.kind == .invalidURL && !host.isEmpty && !isLoopback(host: host) {
                throw .configuration("plain ws:// would send the login (API key, passphrase, signature) unencrypted; it is allowed only "
                                     + "for loopback hosts (127.0.0.0/8, localhost, ::1), not \(host.prefix(100))", fix: fix)
            }
            throw .configuration("the WebSocket URL is not valid: \(error.message)", fix: fix)
        } catch {
            throw .configuration("the WebSocket URL is not valid: \(error)", fix: fix)
        }
        return scheme + "://" + rest
    }
}

extension OKXError {
    /// A WebSocket connection that could not be made and is no longer retried. Category
    /// ``Category/transport``, like a REST request that could not connect.
    package static func webSocketUnreachable(_ message: String, kind: TransportError.Kind, fix: String, isRetryable: Bool) -> OKXError {
        OKXError(code: nil, category: .transport, message: message, httpStatus: nil, isRetryable: isRetryable, fix: fix, context: nil,
                 transportError: TransportError(kind: kind, message: message, requestMayHaveReachedServer: false))
    }
}
