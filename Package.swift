// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Terrain",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "terrain", targets: ["terrain"]),
        .library(name: "TerrainCore", targets: ["TerrainCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.100.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
    ],
    targets: [
        .target(name: "TerrainCore"),
        .target(
            name: "TerrainRouting",
            dependencies: ["TerrainCore"],
            resources: [.copy("Resources/communes_fr_laposte_2022.csv"), .copy("Resources/README.md")]
        ),
        .target(
            name: "TerrainExport",
            dependencies: [
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "TerrainServer",
            dependencies: [
                "TerrainCore",
                "TerrainExport",
                "TerrainRouting",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
            ],
            resources: [.copy("Resources/terrain.css"), .copy("Resources/terrain.js"), .copy("Resources/demo")]
        ),
        .executableTarget(
            name: "terrain",
            dependencies: [
                "TerrainServer",
                "TerrainCore",
                "TerrainRouting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "TerrainTestSupport",
            dependencies: [
                "TerrainServer",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
        .testTarget(name: "TerrainCoreTests", dependencies: ["TerrainCore"]),
        .testTarget(name: "TerrainExportTests", dependencies: ["TerrainExport"]),
        .testTarget(name: "TerrainRoutingTests", dependencies: ["TerrainRouting"]),
        .testTarget(
            name: "TerrainServerTests",
            dependencies: [
                "TerrainServer",
                "TerrainTestSupport",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
    ]
)
