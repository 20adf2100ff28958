internal import CCurlShim
import Foundation

/// One request in flight: its handle slot, the bytes it owns while curl runs, and the
/// continuation to resume exactly once. Not `Sendable`: touched only under the loop lock.
final class CurlTransfer {
    let slot: HandleSlot
    let token: TransferToken
    private let job: TransferJob
    private var continuation: CheckedContinuation<HTTPResponse, any Error>?
    private let maxBytes: Int
    private var body = Data()
    private var headerLines: [UInt8] = []
    private var requestBody: UnsafeMutableRawBufferPointer?
    private var upload: UnsafeMutablePointer<okx_upload>?

    var handle: OpaquePointer { slot.handle }
    /// Whether a body pointer into this transfer was handed to curl (cleared when it ends).
    var hadBody: Bool { upload != nil }

    init(slot: HandleSlot, job: TransferJob, continuation: CheckedContinuation<HTTPResponse, any Error>, maxBytes: Int) {
        self.slot = slot
        self.token = job.token
        self.job = job
        self.continuation = continuation
        self.maxBytes = maxBytes
    }

    deinit {
        requestBody?.deallocate()
        upload?.deallocate()
    }

    /// Sets the options. A fresh handle gets the fixed ones too; a reused handle keeps them
    /// (resetting and re-applying ~20 options per request cost measurable CPU), and only what
    /// differs from its last request is set. Failures become thrown errors.
    func configure(_ configuration: CurlTransport.Configuration) throws {
        let request = job.request
        let handle = slot.handle
        if !slot.configured {
            try check(okx_easy_apply_defaults(handle), "defaults")
            try check(okx_easy_set_max_response_size(handle, Int64(maxBytes)), "max size")
            try check(okx_easy_set_user_agent(handle, configuration.userAgent), "user agent")
            try check(okx_easy_set_error_buffer(handle, slot.errorBuffer), "error buffer")
            try check(okx_easy_set_write_callback(handle, { data, size, count, user in
                guard let user, let data else { return 0 }
                return Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue().received(data, size * count)
            }, nil), "write callback")
            try check(okx_easy_set_header_callback(handle, { data, size, count, user in
                guard let user, let data else { return 0 }
                Unmanaged<CurlTransfer>.fromOpaque(user).takeUnretainedValue().receivedHeader(data, size * count)
                return size * count
            }, nil), "header callback")
            slot.configured = true
        }
        slot.errorBuffer[0] = 0
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
        try check(okx_easy_set_headers(handle, headerList(request.headers)), "headers")
        let total = request.timeout ?? configuration.totalTimeout
        // libcurl reads 0 as "no limit": a request's own timeout must not switch the limit off.
        guard total >= .milliseconds(1) && total <= CurlTransport.Configuration.maximumTimeout else {
            throw TransportError(kind: .other, message: "the request's timeout must be between 1 ms and 24 hours (it is \(total))", requestMayHaveReachedServer: false)
        }
        let timeouts = (connect: configuration.connectTimeout.milliseconds, total: total.milliseconds)
        if slot.timeouts.map({ $0 != timeouts }) ?? true {
            try check(okx_easy_set_timeouts(handle, timeouts.connect, timeouts.total), "timeouts")
            slot.timeouts = timeouts
        }
        if slot.loopbackProxy != job.isLoopback {
            if job.isLoopback {
                // A proxy from the environment must not capture traffic meant for a local simulator.
                try check(okx_easy_set_proxy(handle, "", nil), "proxy")
            } else {
                // NULL restores curl's own environment handling on a handle last used for loopback.
                try check(okx_easy_set_proxy(handle, configuration.proxy, configuration.noProxy), "proxy")
            }
            slot.loopbackProxy = job.isLoopback
        }
        let me = Unmanaged.passUnretained(self).toOpaque()
        try check(okx_easy_set_userdata(handle, me), "callback data")
    }

    /// The request's header lines plus `Expect:` as a curl list in the slot's reused arena:
    /// no String building and no malloc per line (curl_slist_append strdup'ed each one).
    private func headerList(_ headers: [HTTPHeader]) throws -> OpaquePointer {
        var lines = slot.lines
        slot.lines = []
        lines.removeAll(keepingCapacity: true)
        for header in headers {
            // A C string ends at the first NUL: a line is cut there, as curl_slist_append did.
            if Self.append(header.name, to: &lines) {
                lines.append(UInt8(ascii: ":"))
                lines.append(UInt8(ascii: " "))
                _ = Self.append(header.value, to: &lines)
            }
            lines.append(0)
        }
        // curl adds "Expect: 100-continue" to larger POSTs, costing a round trip; OKX never needs it.
        lines.append(contentsOf: "Expect:".utf8)
        lines.append(0)
        let list = lines.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { okx_headers_set(slot.headers, $0.baseAddress, $0.count, Int32(headers.count + 1)) }
        }
        slot.lines = lines
        guard let list else {
            throw TransportError(kind: .other, message: "out of memory building headers", requestMayHaveReachedServer: false)
        }
        return list
    }

    /// Appends `text`'s UTF-8 up to any NUL; false when it met one.
    private static func append(_ text: String, to lines: inout [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if let nul = bytes.firstIndex(of: 0) {
                lines.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<nul]))
                return false
            }
            lines.append(contentsOf: bytes)
            return true
        }
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
        return .failure(TransportError(curlCode: curlCode, errorBuffer: String(cString: slot.errorBuffer),
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
