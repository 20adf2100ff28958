// swift-tools-version:6.1
import PackageDescription

// Settings every target of ours gets: Swift 6 mode is the package default; these make the
// public surface explicit about existentials and keep upcoming-feature drift visible.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "swift-okx",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "OKX", targets: ["OKX"]),
        .library(name: "OKXStreams", targets: ["OKXStreams"]),
        .library(name: "OKXSimulator", targets: ["OKXSimulator"]),
        .executable(name: "okx", targets: ["okx"]),
        .executable(name: "okx-quickstart", targets: ["QuickStart"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing.git", from: "1.7.3"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/swift-websocket.git", from: "1.6.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.1"),
        // The `okx mcp` server only (stdio Model Context Protocol); no library links it.
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk.git", from: "0.12.1"),
        // Documentation only (`swift package generate-documentation`); nothing links it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin.git", from: "1.5.0"),
    ],
    targets: [
        // libcurl as the system provides it. Only CCurlShim imports it.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]
        ),
        // The only C that includes <curl/curl.h>: typed setters for the variadic
        // curl_easy_setopt, callback trampolines and runtime feature probes.
        .target(name: "CCurlShim", dependencies: ["CCurl"]),
        .target(
            name: "OKX",
            dependencies: [
                "CCurlShim",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: strict
        ),
        // WebSocket streams. A separate library so REST-only users never pull in SwiftNIO
        // (the system libcurl has no ws/wss).
        .target(
            name: "OKXStreams",
            dependencies: [
                "OKX",
                .product(name: "WSClient", package: "swift-websocket"),
                // Only to tell a refused certificate or connection from other failures (the
                // WebSocket client's own dependencies, named so that importing them is explicit).
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The local exchange. Deliberately independent of `OKX`: it checks signatures with its
        // own code so that a signing bug in the SDK cannot agree with itself.
        .target(
            name: "OKXSimulator",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                // An optional second listener with TLS (wss://), for clients that cannot do plain ws://.
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "okx",
            dependencies: [
                "OKX", "OKXSimulator", "OKXStreams",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "MCP", package: "swift-sdk"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "QuickStart",
            dependencies: ["OKX", "OKXSimulator"],
            path: "Samples/QuickStart",
            swiftSettings: strict
        ),
        .target(
            name: "SampleSupport",
            dependencies: ["OKX", "OKXSimulator"],
            path: "Samples/Support",
            swiftSettings: strict
        ),
        .executableTarget(name: "sample-time-sync", dependencies: ["OKX", "OKXSimulator", "SampleSupport"], path: "Samples/TimeSync", swiftSettings: strict),
        .executableTarget(name: "sample-market-data", dependencies: ["OKX", "OKXSimulator", "SampleSupport"], path: "Samples/MarketData", swiftSettings: strict),
        .executableTarget(name: "sample-account-overview", dependencies: ["OKX", "OKXSimulator", "SampleSupport"], path: "Samples/AccountOverview", swiftSettings: strict),
        .executableTarget(name: "sample-order-lifecycle", dependencies: ["OKX", "OKXSimulator", "SampleSupport"], path: "Samples/OrderLifecycle", swiftSettings: strict),
        .executableTarget(name: "sample-environment-mismatch", dependencies: ["OKX", "OKXSimulator", "SampleSupport"], path: "Samples/EnvironmentMismatch", swiftSettings: strict),
        .executableTarget(name: "sample-error-tour", dependencies: ["OKX", "OKXSimulator", "SampleSupport"], path: "Samples/ErrorTour", swiftSettings: strict),
        .executableTarget(name: "sample-risk-monitor", dependencies: ["OKX", "OKXSimulator", "SampleSupport"], path: "Samples/RiskMonitor", swiftSettings: strict),
        .executableTarget(name: "sample-listing-watcher", dependencies: ["OKX", "OKXSimulator", "SampleSupport"], path: "Samples/ListingWatcher", swiftSettings: strict),
        .executableTarget(name: "sample-futures-grid", dependencies: ["OKX", "OKXSimulator", "SampleSupport"], path: "Samples/FuturesGrid", swiftSettings: strict),
        .executableTarget(name: "sample-dca-cycle", dependencies: ["OKX", "OKXSimulator", "SampleSupport"], path: "Samples/DCACycle", swiftSettings: strict),
        .executableTarget(name: "sample-streaming", dependencies: ["OKX", "OKXSimulator", "OKXStreams", "SampleSupport"], path: "Samples/Streaming", swiftSettings: strict),
        .testTarget(
            name: "OKXTests",
            dependencies: [
                "OKX", "OKXSimulator", "OKXStreams", "okx",
                "sample-time-sync", "sample-market-data", "sample-account-overview", "sample-order-lifecycle",
                "sample-environment-mismatch", "sample-error-tour", "sample-streaming", "QuickStart",
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
                // Raw WebSocket connections, as third-party clients make them (SimulatorWebSocketTests).
                .product(name: "WSClient", package: "swift-websocket"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                // MCP's client and in-memory transport, to drive `okx mcp` in-process (MCPTests).
                .product(name: "MCP", package: "swift-sdk"),
            ],
            exclude: ["Corpus", "Fixtures"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
