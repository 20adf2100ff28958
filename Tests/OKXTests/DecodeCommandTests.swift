import Foundation
import Testing

/// `okx decode` through the built binary: a recorded answer is checked against the endpoint's
/// generated model and printed back; a field that does not fit is named by its JSON path.
@Suite struct DecodeCommandTests {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("okx-decode-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func documentedBalanceExampleDecodesAndPrintsTheModel() async throws {
        // The docs' balance example, read from the committed table.
        let table = try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("Data/okx/api-spec.json"))) as? [String: Any]
        let rest = try #require(table?["rest"] as? [[String: Any]])
        let balance = try #require(rest.first { $0["method"] as? String == "GET" && $0["path"] as? String == "/api/v5/account/balance" })
        let example = try JSONSerialization.data(withJSONObject: try #require(balance["response_example"]))
        let file = try write(String(decoding: example, as: UTF8.self))
        let result = try await CLI.run(["decode", "GET", "/api/v5/account/balance?ccy=BTC", file], environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        let printed = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(printed.first?["totalEq"] as? String == "55837.43556134779", "decimals as their exact strings")
        #expect(printed.first?["uTime"] as? String == "1705474164160", "times as epoch milliseconds")
    }

    @Test func aFieldThatDoesNotFitIsNamedByItsPath() async throws {
        let file = try write(#"{"code":"0","msg":"","data":[{"totalEq":"12","details":[{"ccy":"BTC","eq":"1.5x"}]}]}"#)
        let result = try await CLI.run(["decode", "GET", "/api/v5/account/balance", file], environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 4)
        #expect(result.stderr.contains(".data[0].details[0].eq"), "\(result.stderr)")
    }

    @Test func unknownEndpointIsAUsageError() async throws {
        let result = try await CLI.run(["decode", "GET", "/api/v5/nope", "/dev/null"], environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 2 && result.stderr.contains("not a documented endpoint"))
    }
}
