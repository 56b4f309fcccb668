import ArchiveIO

/// A compliant Llama 3.1 release made broken or hostile in one way, in every archive format:
/// each defect is a finding of exactly its integrity or security rule, never exit status 2.
extension ReleaseCase {
    static let hostile: [ReleaseCase] = defects.enumerated().map { index, defect in
        let archives = ReleaseContainer.allCases.filter { $0 != .directory && $0 != .singleFile }
        var release = compliantLlama
        defect.apply(&release)
        return ReleaseCase(
            name: defect.obligation, release: release, failingRules: defect.failingRules,
            container: archives[index % archives.count])
    }

    private static var compliantLlama: Release {
        LicenseFamily.all.first { $0.license == "llama3.1" }?.compliant ?? Release()
    }

    private static let pointer =
        "version https://git-lfs.github.com/spec/v1\noid sha256:\(String(repeating: "ab", count: 32))\nsize 4976698672\n"
    private static let pickleCallingSystem: [UInt8] = Array(
        "\u{80}\u{02}cos\nsystem\nq\u{00}X\u{0a}\u{00}\u{00}\u{00}echo pwnedq\u{01}\u{85}q\u{02}Rq\u{03}."
            .unicodeScalars.map { UInt8($0.value) })

    private static let defects: [Violation] = [
        Violation(obligation: "an entry climbing out with ../", failingRules: ["integrity_unsafe_entry_names"]) {
            $0.rawEntries = [.file("release/../../evil.sh", text: "rm -rf ~\n")]
        },
        Violation(obligation: "an absolute entry name", failingRules: ["integrity_unsafe_entry_names"]) {
            $0.rawEntries = [.file("/etc/cron.d/evil", text: "* * * * * root sh\n")]
        },
        Violation(obligation: "a link to /etc/passwd", failingRules: ["integrity_unsafe_entry_names"]) {
            $0.rawEntries = [.symlink("release/tokenizer.model", to: "/etc/passwd")]
        },
        Violation(obligation: "the card twice", failingRules: ["integrity_unsafe_entry_names"]) {
            $0.rawEntries = [.file("release/README.md", text: "# Someone-Else\n")]
        },
        Violation(obligation: "a git-lfs pointer instead of the weights", failingRules: ["integrity_missing_weights"]) {
            $0[text: "model.safetensors"] = pointer
        },
        Violation(obligation: "a shard the index names is missing", failingRules: ["integrity_missing_weights"]) {
            release in
            release.files["model.safetensors"] = nil
            release.files["model-00001-of-00002.safetensors"] = TinyWeights.safetensors
            release[text: "model.safetensors.index.json"] =
                #"{"metadata": {"total_size": 16}, "weight_map": {"w": "model-00001-of-00002.safetensors", "v": "model-00002-of-00002.safetensors"}}"#
        },
        Violation(obligation: "truncated safetensors", failingRules: ["integrity_weights_headers"]) {
            $0.files["model.safetensors"] = Array(TinyWeights.safetensors.dropLast(4))
        },
        Violation(obligation: "a pickle that calls os.system", failingRules: ["security_pickle_code_execution"]) {
            $0.files["pytorch_model.bin"] = pickleCallingSystem
        },
    ]
}
