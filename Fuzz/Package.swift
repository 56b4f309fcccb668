// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for clearance's parsers. A package of its own, so that building and testing
/// clearance never builds them; `dev/fuzz` builds them with `-sanitize=fuzzer,address` and runs one.
///
/// Each target is an executable whose only entry point is `LLVMFuzzerTestOneInput`: libFuzzer
/// supplies `main`. Internal parsers are reached with `@testable import`, which is why `dev/fuzz`
/// compiles every module with `-enable-testing`.
let fuzzTargets = [
    "FuzzSafetensors",
    "FuzzGGUF",
    "FuzzPickle",
    "FuzzModelCard",
    "FuzzFacts",
    "FuzzWaivers",
    "FuzzArchive",
    "FuzzLicenseText",
    "FuzzNestedZip",
    "FuzzLineageFiles",
]

let package = Package(
    name: "clearance-fuzz",
    dependencies: [
        .package(name: "clearance", path: "..")
    ],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Clearance", package: "clearance")])
    ]
        + fuzzTargets.map { name in
            .executableTarget(
                name: name, dependencies: ["FuzzSupport", .product(name: "Clearance", package: "clearance")])
        },
    swiftLanguageModes: [.v6]
)
