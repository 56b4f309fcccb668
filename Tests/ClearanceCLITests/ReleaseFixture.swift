import Foundation
import TestSupport

/// Small releases on disk for the end-to-end tests of the report formats, checked against the
/// fixed policies in `Tests/Fixtures/policies` so that the built-in packs can change freely.
enum ReleaseFixture {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let policies = testsFolder.appendingPathComponent("Fixtures/policies").path
    static let repositoryRoot = testsFolder.deletingLastPathComponent()

    /// A release whose weights are a git-lfs pointer: `integrity_missing_weights` fails.
    @discardableResult
    static func failing(in directory: TemporaryDirectory, named name: String = "pointer-release") throws -> String {
        try directory.write("\(name)/README.md", Array("# Example model\n\nPublished without `git lfs pull`.\n".utf8))
        try directory.write(
            "\(name)/model.safetensors",
            Array(
                "version https://git-lfs.github.com/spec/v1\noid sha256:\(String(repeating: "ab", count: 32))\nsize 4976698672\n"
                    .utf8))
        return directory.path(name)
    }

    /// A release with nothing wrong that the fixed policies can see.
    @discardableResult
    static func passing(in directory: TemporaryDirectory, named name: String = "clean-release") throws -> String {
        try directory.write("\(name)/README.md", Array("# Example model\n".utf8))
        return directory.path(name)
    }

    /// A Llama 3.1 fine-tune whose card shows “Built with Llama” and that declares no user count:
    /// `llama3_1_built_with_display` and `llama3_1_mau_threshold` are questions.
    @discardableResult
    static func llama(in directory: TemporaryDirectory, named name: String = "llama-release") throws -> String {
        try directory.write(
            "\(name)/README.md",
            Array(
                """
                ---
                license: llama3.1
                base_model: meta-llama/Llama-3.1-8B
                ---
                # Llama-3.1-Acme-8B

                Built with Llama.

                """.utf8))
        try directory.write(
            "\(name)/NOTICE",
            Array(
                "Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.\n"
                    .utf8))
        return directory.path(name)
    }

    /// A release that answers its one question in a `clearance.yml` it carries: it passes (used,
    /// the bundle's facts leave only the warning that it vouches for itself), and with
    /// `--no-bundle-facts` the question stays open.
    @discardableResult
    static func selfAnswered(in directory: TemporaryDirectory, named name: String = "self-answered") throws -> String {
        try directory.write("\(name)/README.md", Array("# Example model\n".utf8))
        try directory.write(
            "\(name)/clearance.yml",
            Array(
                """
                answers:
                  - ruleId: metadata_upstream_resolved
                    answer: yes
                    note: Trained from scratch
                    answeredBy: jane.doe@acme.example
                    date: 2026-12-01

                """.utf8))
        return directory.path(name)
    }

    /// A waivers file accepting the failure of `failing`.
    static func waivers(in directory: TemporaryDirectory) throws -> String {
        try directory.write(
            "waivers.yml",
            Array(
                """
                waivers:
                  - ruleId: integrity_missing_weights
                    reason: Weights are uploaded separately; ticket REL-7
                    approvedBy: release-manager@acme.example
                    expires: 2099-12-31

                """.utf8))
    }
}
