import Foundation
import TestSupport
import Testing

/// Ollama releases: a `Modelfile` carrying the license in `LICENSE` blocks, and an Ollama models
/// folder (`manifests/…`, `blobs/sha256-…`).
@Suite(.enabled(if: UpstreamTexts.isAvailable, Comment(rawValue: UpstreamTexts.missingMessage)))
struct OllamaLayoutTests {
    static let licenseText = UpstreamTexts.text("llama3.1")

    /// A Modelfile with the instructions Ollama documents and the license as a `"""` block.
    static func modelfile(license: String, more: [String] = []) -> String {
        ([
            "# Acme's support model", "FROM ./Llama-3.1-Acme-8B-Q4_K_M.gguf",
            #"TEMPLATE """{{ if .System }}<|start_header_id|>system<|end_header_id|>"#,
            "{{ .System }}<|eot_id|>{{ end }}\"\"\"",
            "SYSTEM You answer questions about Acme routers.", "PARAMETER temperature 0.3", "PARAMETER stop <|eot_id|>",
            "LICENSE \"\"\"" + license + "\"\"\"",
        ] + more).joined(separator: "\n") + "\n"
    }

    @Test func theLicenseInAModelfileIsTheLicenseFile() throws {
        let directory = try TemporaryDirectory()
        let plainRelease = LayoutRelease.compliant
        var release = plainRelease
        release.files["LICENSE"] = nil
        release[text: "Modelfile"] = Self.modelfile(license: Self.licenseText)
        let plain = try LayoutCheck.check(try LayoutRelease.plain(plainRelease, in: directory))
        let ollama = try LayoutCheck.check(try LayoutRelease.plain(release, named: "ollama", in: directory))
        #expect(ollama.status == plain.status)
        #expect(ollama.outcomes == plain.outcomes, "\(ollama.outcomes.symmetricDifference(plain.outcomes))")
        #expect(ollama.paths(ofKind: "config").contains("Modelfile"))
    }

    @Test func anAlteredLicenseBlockIsAlteredAtItsLine() throws {
        let directory = try TemporaryDirectory()
        var release = LayoutRelease.compliant
        release.files["LICENSE"] = nil
        let altered = Self.licenseText.replacingOccurrences(
            of: "700 million monthly active users", with: "7 billion monthly active users")
        release[text: "Modelfile"] = Self.modelfile(license: altered, more: ["LICENSE MIT"])
        let checked = try LayoutCheck.check(try LayoutRelease.plain(release, named: "ollama", in: directory))
        #expect(checked.failing.contains("llama3_1_license_text"))
        let inspected = try CLIRunner.run(["inspect", directory.path("ollama"), "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(inspected.stdout.utf8)) as? [String: Any]
        let modelfile = (object?["artifacts"] as? [[String: Any]])?.first { $0["path"] as? String == "Modelfile" }
        let matches = modelfile?["licenseMatches"] as? [[String: Any]] ?? []
        #expect(matches.count == 2)
        #expect(matches.first?["startLine"] as? Int == 8)
        #expect(matches.first?["status"] as? String == "altered")
    }

    @Test(arguments: [
        ("FROM llama3.1:8b", "llama3.1"), ("FROM hf.co/meta-llama/Llama-3.1-8B-Instruct:Q4_K_M", "llama3.1"),
        ("from gemma2", "gemma"),
    ])
    func fromNamesTheBase(instruction: String, license: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write("bot/Modelfile", "\(instruction)\nSYSTEM You answer briefly.\nPARAMETER temperature 0.3\n")
        let checked = try LayoutCheck.check(directory.path("bot"))
        #expect(checked.upstreams == [license])
    }

    /// `~/.ollama/models` after `ollama pull llama3.1:8b`, reduced to tiny blobs.
    @Test func anOllamaModelsFolderIsRecognised() throws {
        let directory = try TemporaryDirectory()
        let blobs: [(String, [UInt8])] = [
            (
                "application/vnd.ollama.image.model",
                TinyWeights.gguf(
                    strings: [("general.architecture", "llama"), ("general.name", "Llama 3.1 8B Instruct")],
                    counts: [("general.file_type", 15)])
            ),
            ("application/vnd.ollama.image.license", Array(Self.licenseText.utf8)),
            ("application/vnd.ollama.image.template", Array("{{ .Prompt }}".utf8)),
            ("application/vnd.ollama.image.params", Array(#"{"stop": ["<|eot_id|>"]}"#.utf8)),
        ]
        var layers: [String] = []
        for (index, (mediaType, bytes)) in blobs.enumerated() {
            let digest = String(format: "%064x", index + 1)
            try directory.write("models/blobs/sha256-\(digest)", bytes)
            layers.append(#"{"mediaType": "\#(mediaType)", "digest": "sha256:\#(digest)", "size": \#(bytes.count)}"#)
        }
        let manifest =
            #"{"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json", "layers": [\#(layers.joined(separator: ", "))]}"#
        try directory.write("models/manifests/registry.ollama.ai/library/llama3.1/8b", manifest)
        let checked = try LayoutCheck.check(directory.path("models"))
        // The same release laid out plainly: the files named, the base in a Modelfile.
        let names = ["llama3.1-8b-Q4_K_M.gguf", "LICENSE", "template.txt", "params.json"]
        for (name, (_, bytes)) in zip(names, blobs) { try directory.write("plain/\(name)", bytes) }
        try directory.write("plain/Modelfile", "FROM llama3.1:8b\n")
        let plain = try LayoutCheck.check(directory.path("plain"))
        #expect(checked.status == plain.status)
        #expect(checked.outcomes == plain.outcomes, "\(checked.outcomes.symmetricDifference(plain.outcomes))")
        #expect(checked.paths(ofKind: "weights") == ["blobs/sha256-" + String(format: "%064x", 1)])
        #expect(checked.paths(ofKind: "license") == ["blobs/sha256-" + String(format: "%064x", 2)])
        #expect(checked.paths(ofKind: "config").count == 3)
        #expect(checked.upstreams == ["llama3.1"])
        #expect(checked.outcomes.contains("llama3_1_license_copy: pass"))
        #expect(checked.outcomes.contains("llama3_1_license_text: pass"))
        #expect(checked.report.variants?.map(\.name) == ["GGUF Q4_K_M"])
    }
}
