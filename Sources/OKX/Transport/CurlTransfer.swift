internal import CCurlShim
import Foundation

/// One request on the loop thread: its easy handle, the bytes it owns while curl runs, and the
/// continuation to resume exactly once. Not `Sendable`: it never leaves the loop thread.
final class CurlTransfer {
    let handle: OpaquePointer
    let token: TransferToken
    private let job: TransferJob
    private var continuation: CheckedContinuation<HTTPResponse, any Error>?
    private let maxBytes: Int
    private var body = Data()
    private var headerLines: [UInt8] = []
    private var headerList: OpaquePointer?
    private var requestBody: UnsafeMutableRawBufferPointer?
    private var upload: UnsafeMutablePointer<okx_upload>?
    private let errorBuffer: UnsafeMutablePointer<CChar>

    init(handle: OpaquePointer, job: TransferJob, continuation: CheckedContinuation<HTTPResponse, any Error>, maxBytes: Int) {
        self.handle = handle
        self.token = job.token
        self.job = job
        self.continuation = continuation
        self.maxBytes = maxBytes
        let size = okx_error_buffer_size()
        errorBuffer = .allocate(capacity: size)
        errorBuffer.initialize(repeating: 0, count: size)
    }

    deinit {
        if let headerList { okx_slist_free_all(headerList) }
        requestBody?.deallocate()
        upload?.deallocate()
        errorBuffer.deallocate()
    }

    /// Sets the options. A handle fresh from `curl_easy_init` gets the fixed ones too; a reused
    /// handle keeps them (resetting and re-applying ~20 options per request cost measurable
    /// CPU), and only what differs per request is set. Failures become thrown errors.
    func configure(_ configuration: CurlTransport.Configuration, fresh: Bool) throws {
        let request = job.request
        if fresh {
            try check(okx_easy_apply_defaults(handle), "defaults")
            try check(okx_easy_set_max_response_size(handle, Int64(maxBytes)), "max size")
            try check(okx_easy_set_user_agent(handle, configuration.userAgent), "user agent")
            try check(okx_easy_set_write_callback(handle, { data, size, count, user in
                guard let user, let data else { return 0 }
                return Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue().received(data, size * count)
            }, nil), "write callback")
            try check(okx_easy_set_header_callback(handle, { data, size, count, user in
                guard let user, let data else { return 0 }
                Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue().receivedHeader(data, size * count)
                return size * count
            }, nil), "header callback")
        }
        try check(okx_easy_set_error_buffer(handle, errorBuffer), "error buffer")
        try check(okx_easy_set_url(handle, request.url), "url")
        try check(okx_easy_set_method(handle, request.method.rawValue), "method")
        if let bytes = request.body {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
            buffer.copyBytes(from: bytes)
            requestBody = buffer
            // Through a read callback, not CURLOPT_POSTFIELDS: libcurl may not rewind it, so it
            // cannot repeat the request by itself (the shim explains why that matters).
            let state = UnsafeMutablePointer<okx_upload>.allocate(capacity: 1)
            state.initialize(to: okx_upload(bytes: UnsafePointer(buffer.baseAddress?.assumingMemoryBound(to: CChar.self)),
                                            length: Int64(bytes.count), offset: 0))
            upload = state
            try check(okx_easy_set_upload_body(handle, state), "body")
        } else if request.method != .get {
            try check(okx_easy_set_post_body(handle, "", 0), "body")
        }
        var list: OpaquePointer?
        // curl adds "Expect: 100-continue" to larger POSTs, costing a round trip; OKX never needs it.
        for line in request.headers.map({ "\($0.name): \($0.value)" }) + ["Expect:"] {
            guard let appended = okx_slist_append(list, line) else {
                if let list { okx_slist_free_all(list) }
                throw TransportError(kind: .other, message: "out of memory building headers", requestMayHaveReachedServer: false)
            }
            list = appended
        }
        headerList = list
        try check(okx_easy_set_headers(handle, list), "headers")
        let total = request.timeout ?? configuration.totalTimeout
        // libcurl reads 0 as "no limit": a request's own timeout must not switch the limit off.
        guard total >= .milliseconds(1) && total <= CurlTransport.Configuration.maximumTimeout else {
            throw TransportError(kind: .other, message: "the request's timeout must be between 1 ms and 24 hours (it is \(total))", requestMayHaveReachedServer: false)
        }
        try check(okx_easy_set_timeouts(handle, configuration.connectTimeout.milliseconds, total.milliseconds), "timeouts")
        if job.isLoopback {
            // A proxy from the environment must not capture traffic meant for a local simulator.
            try check(okx_easy_set_proxy(handle, "", nil), "proxy")
        } else {
            // NULL restores curl's own environment handling on a handle last used for loopback.
            try check(okx_easy_set_proxy(handle, configuration.proxy, configuration.noProxy), "proxy")
        }
        let me = Unmanaged.passUnretained(self).toOpaque()
        try check(okx_easy_set_userdata(handle, me), "callback data")
    }

    private func check(_ rc: Int32, _ what: String) throws {
        guard rc != 0 else { return }
        throw TransportError(kind: .other, message: "could not set \(what): \(String(cString: okx_curl_strerror(rc)))", curlCode: Int(rc), requestMayHaveReachedServer: false)
    }

    private func received(_ data: UnsafeMutablePointer<CChar>, _ length: Int) -> Int {
        // Returning less than `length` makes curl abort with CURLE_WRITE_ERROR, which
        // TransportError classifies as responseTooLarge.
        guard body.count + length <= maxBytes else { return 0 }
        body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: length)
        return length
    }

    private func receivedHeader(_ data: UnsafeMutablePointer<CChar>, _ length: Int) {
        // Kept as bytes; HTTPResponse parses them only if someone asks for a header.
        let bytes = UnsafeRawBufferPointer(start: data, count: length)
        if length >= 5 && bytes[0] == 72 && bytes[1] == 84 && bytes[2] == 84 && bytes[3] == 80 && bytes[4] == 47 {  // "HTTP/"
            headerLines.removeAll(keepingCapacity: true)  // a new status line (after 100-continue or a proxy CONNECT)
            return
        }
        headerLines.append(contentsOf: bytes)
    }

    /// The result once curl reports the transfer done.
    func outcome(curlCode: Int32) -> Result<HTTPResponse, any Error> {
        if curlCode == 0 {
            return .success(HTTPResponse(status: Int(okx_easy_response_code(handle)), rawHeaders: headerLines, body: body))
        }
        if okx_curl_is_refused_resend(curlCode) != 0 {
            // The request went out on a reused connection that then died without an answer;
            // libcurl wanted to send it again and was not allowed to.
            return .failure(TransportError(kind: .connectionLost,
                                           message: "the connection closed after the request was sent and before any answer; it was not sent again",
                                           curlCode: Int(curlCode), requestMayHaveReachedServer: true))
        }
        return .failure(TransportError(curlCode: curlCode, errorBuffer: String(cString: errorBuffer),
                                       requestSent: okx_easy_request_size(handle) > 0, maxResponseBytes: maxBytes))
    }

    /// Hands out the continuation once; later calls get nil.
    func release() -> CheckedContinuation<HTTPResponse, any Error>? {
        defer { continuation = nil }
        return continuation
    }
}

extension Duration {
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }

    var microseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000 + attoseconds / 1_000_000_000_000
    }
}
