// swift-tools-version:6.1
import PackageDescription

// The benchmark harness, a package of its own: it depends on swift-okx by path and on the
// clients it is compared with (AsyncHTTPClient), so none of that reaches the SDK's users.
let package = Package(
    name: "swift-okx-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "swift-okx", path: ".."),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        .executableTarget(
            name: "okx-bench",
            dependencies: [
                .product(name: "OKX", package: "swift-okx"),
                .product(name: "OKXSimulator", package: "swift-okx"),
                .product(name: "OKXStreams", package: "swift-okx"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
