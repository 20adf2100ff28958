/// The trading account. Needs credentials with Read permission.
public struct AccountAPI: Sendable {
    let client: OKXClient

    /// Balances and margin figures, optionally for some currencies only.
    public func balance(currencies: [String] = []) async throws -> AccountBalance {
        guard let balance = try await client.send(Endpoints.Account.balance(currencies: currencies)).first else { throw OKXError.emptyData("account/balance") }
        return balance
    }

    /// Open positions.
    public func positions(_ type: InstrumentType? = nil, instId: String? = nil) async throws -> [Position] {
        try await client.send(Endpoints.Account.positions(type: type, instId: instId))
    }

    /// Account mode, position mode, the key's permissions and bound IPs.
    public func configuration() async throws -> AccountConfiguration {
        guard let config = try await client.send(Endpoints.Account.configuration()).first else { throw OKXError.emptyData("account/config") }
        return config
    }
}
