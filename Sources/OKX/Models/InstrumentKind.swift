extension API.PublicData.InstType {
    /// The type OKX's own spelling of an instrument id implies: `BTC-USDT` spot, `BTC-USDT-SWAP`
    /// a perpetual, `BTC-USD-250328` a future, `BTC-USD-250328-60000-C` an option. Lets a caller
    /// that only has an id ask the instruments endpoint, which wants the type too.
    public init(instId: String) {
        let parts = instId.split(separator: "-")
        if parts.last == "SWAP" {
            self = .swap
        } else if parts.count >= 4 {
            self = .option
        } else if parts.count == 3 {
            self = .futures
        } else {
            self = .spot
        }
    }
}
