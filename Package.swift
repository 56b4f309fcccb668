// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "clearance",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "clearance", targets: ["ClearanceCLI"]),
        .library(name: "Clearance", targets: ["Clearance"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        .target(name: "Platform"),
        .target(name: "ArchiveIO", dependencies: ["CArchive", "BundleModel", "Platform"]),
        .target(name: "BundleModel"),
        .target(name: "YAMLSafety"),
        .target(
            name: "BundleInspection",
            dependencies: [
                "ArchiveIO", "BundleModel", "Platform", "YAMLSafety",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "PolicyEngine",
            dependencies: ["BundleModel", "YAMLSafety", .product(name: "Yams", package: "Yams")]
        ),
        // The built-in policies: `policies/` compiled by the build, checked by PolicyEngine's strict loader.
        .target(name: "BuiltinPolicies", dependencies: ["BundleModel", "PolicyEngine"], plugins: ["CompilePolicies"]),
        .plugin(name: "CompilePolicies", capability: .buildTool(), dependencies: ["PolicyCompiler"]),
        .executableTarget(name: "PolicyCompiler", dependencies: ["BundleModel", "PolicyEngine"]),
        .target(name: "Reporting", dependencies: ["BundleModel", "PolicyEngine"]),
        .target(name: "Remediation", dependencies: ["BundleModel", "BundleInspection", "PolicyEngine", "Platform"]),
        // libcurl's easy interface, opened with dlopen on the first hf:// request (not linked).
        .target(name: "CCurl"),
        .target(name: "HubAccess", dependencies: ["ArchiveIO", "CCurl"]),
        .target(name: "ReportCache", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "Clearance",
            dependencies: [
                "ArchiveIO", "BundleModel", "BundleInspection", "BuiltinPolicies", "PolicyEngine", "Remediation",
                "Reporting",
                "ReportCache", "HubAccess", "Platform", .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "ClearanceCLI",
            dependencies: [
                "Clearance", "BundleModel", "Platform",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["CArchive", "BundleModel"], path: "Tests/TestSupport"),
        .testTarget(name: "ArchiveIOTests", dependencies: ["ArchiveIO", "TestSupport"]),
        .testTarget(
            name: "BundleInspectionTests",
            dependencies: ["BundleInspection", "ArchiveIO", "BundleModel", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PolicyEngineTests",
            dependencies: ["PolicyEngine", "BundleInspection", "BundleModel", "BuiltinPolicies"]),
        .testTarget(
            name: "ReportingTests", dependencies: ["Reporting", "PolicyEngine", "BundleModel"], exclude: ["Golden"]),
        .testTarget(
            name: "ClearanceCLITests",
            dependencies: [
                "ArchiveIO", "BundleInspection", "BundleModel", "Clearance", "ClearanceCLI", "Platform", "PolicyEngine",
                "Reporting", "TestSupport", .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(name: "YAMLSafetyTests", dependencies: ["YAMLSafety"]),
        .testTarget(name: "HubAccessTests", dependencies: ["HubAccess"]),
        .testTarget(
            name: "RemediationTests", dependencies: ["Remediation", "BundleModel", "BundleInspection", "PolicyEngine"]),
        .testTarget(
            name: "HostileInputTests",
            dependencies: [
                "ArchiveIO", "BundleInspection", "BundleModel", "PolicyEngine", "ClearanceCLI", "Platform",
                "TestSupport",
            ],
            resources: [.copy("Reproducers")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
