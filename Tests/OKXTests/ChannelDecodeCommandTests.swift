import Foundation
import Testing

/// `okx decode --channel` through the built binary: a push frame is decoded with its channel's
/// generated model and printed back; a field that does not fit is named by its JSON path.
@Suite struct ChannelDecodeCommandTests {
    let env = ["PATH": "/usr/bin:/bin"]
    let good = #"{"arg":{"channel":"mark-price","instId":"BTC-USDT-SWAP"},"data":[{"instId":"BTC-USDT-SWAP","instType":"SWAP","markPx":"97000.10","ts":"1597026383085"}],"extra":1}"#

    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("okx-decode-channel-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aGoodFrameIsPrintedBack() async throws {
        let result = try await CLI.run(["decode", "--channel", "mark-price", try write(good)], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let printed = try #require(result.json)
        let item = try #require((printed["data"] as? [[String: Any]])?.first)
        #expect(item["markPx"] as? String == "97000.1", "decimals as their exact strings")
        #expect(item["ts"] as? String == "1597026383085", "times as epoch milliseconds")
        #expect((printed["arg"] as? [String: Any])?["instId"] as? String == "BTC-USDT-SWAP")
        #expect(printed["extra"] as? Int == 1, "other envelope keys are kept")
    }

    @Test func aFieldThatDoesNotFitIsNamedByItsPath() async throws {
        let bad = good.replacingOccurrences(of: #""97000.10""#, with: #""abc""#)
        let result = try await CLI.run(["decode", "--channel", "mark-price", try write(bad)], environment: env)
        #expect(result.status == 4)
        #expect(result.stderr.contains("data[0].markPx"), "\(result.stderr)")
    }

    @Test func standardInputIsRead() async throws {
        let file = try write(#"{"action":"snapshot","arg":{"channel":"books5","instId":"BTC-USDT"},"data":[{"asks":[["8476.98","415","0","13"]],"bids":[],"ts":"1597026383085","seqId":"1"}]}"#)
        let result = try await Subprocess.run("/bin/sh", ["-c", "\"$0\" decode --channel books5 - < \"$1\"", CLI.binary.path, file], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""action":"snapshot""#), "\(result.stdout)")
        #expect(result.stdout.contains(#"["8476.98","415","0","13"]"#), "\(result.stdout)")
    }

    @Test func anOperationReplyDecodesByItsOp() async throws {
        let reply = #"{"id":"1512","op":"order","code":"0","msg":"","data":[{"clOrdId":"","ordId":"12345689","sCode":"0","sMsg":"","tag":"","ts":"1695190491421"}],"inTime":"1695190491421339","outTime":"1695190491423240"}"#
        let result = try await CLI.run(["decode", "--channel", "order", try write(reply)], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""ordId":"12345689""#) && result.stdout.contains(#""op":"order""#), "\(result.stdout)")
    }

    @Test func anUnknownChannelIsAUsageErrorWithCloseNames() async throws {
        let result = try await CLI.run(["decode", "--channel", "mark-prise", "/dev/null"], environment: env)
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a documented channel") && result.stderr.contains("mark-price"), "\(result.stderr)")
    }
}
