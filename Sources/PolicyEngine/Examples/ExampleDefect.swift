import BundleModel

/// A defect as the inspector reports it on a real bundle, for the examples of the general rules:
/// the place and the sentence `policies explain` shows, not a stand-in.
enum ExampleDefect {
    static func make(_ kind: DefectKind) -> Defect {
        let (path, message) = describe(kind)
        return Defect(kind: kind, path: path, message: message)
    }

    private static func describe(_ kind: DefectKind) -> (String, String) {
        switch kind {
        case .absolutePath:
            ("/etc/cron.d/update", "the entry name is absolute: extracting it writes outside the target folder")
        case .parentTraversal: ("../../.bashrc", "the entry name climbs out of the archive with '..'")
        case .linkEscapesRoot:
            (
                "weights/model.safetensors",
                "the symbolic link points to ../../../home/user/.ssh/id_rsa, outside the bundle"
            )
        case .duplicatePath: ("config.json", "the archive holds config.json twice; extraction keeps only the last copy")
        case .caseCollision:
            ("README.md", "README.md and readme.md differ only in case and collide on macOS and Windows")
        case .nonUTF8Name: ("mod\\xE8le.bin", "the entry name is not valid UTF-8 (shown with \\xNN escapes)")
        case .specialFile: ("dev/sda", "a device file has no place in a release")
        case .nestingDepthExceeded:
            ("a.zip!/b.zip!/c.zip!/d.zip!/e.zip", "archives nest deeper than 4 levels; the innermost was not opened")
        case .decompressionBudgetExceeded:
            (
                "weights.zip",
                "the nested archive decompresses to more than 100 times its size; the rest was not inspected"
            )
        case .directoryDepthExceeded: ("d/d/d/d", "a directory deeper than 256 levels; what it holds was not inspected")
        case .expansionLimitReached:
            (
                "",
                "the bundle's entries expand to more than 100 times what was read of it, as a decompression bomb, a sparse hole or overlapping zip entries do; the rest was not inspected"
            )
        case .entryLimitReached: ("", "the bundle has more than 100000 entries; the rest were not inspected")
        case .nameLimitReached:
            (
                "",
                "an entry name is longer than 65536 bytes, or the names add up to more than 8388608 bytes; the entries from there on were not inspected"
            )
        case .nestedArchiveUnsupported: ("extras.rar", "the nested archive is in a format clearance does not read")
        case .nestedArchiveCorrupt:
            ("checkpoints.zip", "the nested archive is truncated: its central directory is missing")
        case .zipHeadersDisagree:
            (
                "pytorch_model.bin",
                "its local headers disagree with its central directory, so zipfile and torch read other files than a streaming reader does: bytes 0–95 hold a local header for “archive/data.pkl” that the central directory does not list"
            )
        case .zipDirectoryUnread:
            (
                "pytorch_model.bin",
                "a zip whose entries were read from its local headers, not from its central directory as zipfile and torch read them: it is compressed inside the bundle and larger than what clearance holds in memory"
            )
        case .corruptWeightsHeader: ("model.safetensors", "the header length is 2^60 bytes, more than the file holds")
        case .weightsSizeMismatch:
            ("model.safetensors", "the header describes 16 GiB of tensor data, but the file holds 4.6 GiB after it")
        case .missingShard:
            (
                "model-00002-of-00002.safetensors",
                "model.safetensors.index.json names this shard, but the release does not contain it"
            )
        case .unindexedShard: ("model-00003-of-00003.safetensors", "the shard is not in model.safetensors.index.json")
        case .uninspectedShard:
            (
                "model-00001-of-00001.data",
                "pytorch_model.bin.index.json names it as a shard, which transformers loads with torch.load, but it was read as text, not scanned as a pickle"
            )
        case .shardIndexSizeMismatch:
            (
                "model.safetensors.index.json",
                "metadata.total_size is 16060522496 bytes, but the shards' headers describe 16060522240"
            )
        case .lfsPointer:
            (
                "model.safetensors",
                "a git-lfs pointer (oid sha256:4d2f…, size 4976698672) stands where the weights belong"
            )
        case .dangerousPickleGlobal:
            ("pytorch_model.bin", "the pickle imports os.system, which runs a command when the file is loaded")
        case .unknownPickleGlobal:
            ("pytorch_model.bin", "the pickle imports mypackage.layers.Custom, which clearance cannot vouch for")
        case .malformedPickle: ("pytorch_model.bin", "the pickle ends before its STOP opcode")
        case .malformedModelCard:
            ("README.md", "the YAML front matter does not parse: mapping values are not allowed here (line 3)")
        case .malformedConfig: ("config.json", "the JSON does not parse: unexpected end of input at byte 812")
        case .textTooLarge:
            (
                "LICENSE",
                "a license file longer than the 1048576 bytes or the lines read of it; the rest was not checked and may change its terms"
            )
        }
    }
}
