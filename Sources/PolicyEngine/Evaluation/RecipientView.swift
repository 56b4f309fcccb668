import BundleModel

/// What a recipient of the release sees: its own files, not the entries of archives inside it
/// (a LICENSE inside `pytorch_model.bin` or an `.npz` reaches nobody who does not unpack the
/// weights). The license copy, the Notice file and the use policy count only when they are
/// files of the release; a copy found only inside an archive is at most a question.
enum RecipientView {
    /// Whether the file at `path` (relative to the bundle root) is a file of the release itself.
    static func sees(_ path: String) -> Bool {
        !EntryLocation(reportPath: path).isNested
    }

    /// The question asked when an obligation is met only by files inside archives.
    static func question(for what: String, in paths: [String]) -> String {
        """
        \(what) is only inside \(containers(of: paths)). Is it also given to recipients as a file of the release \
        (for example in the repository or on the download page)?
        """
    }

    /// The message for such a finding.
    static func message(for what: String, in paths: [String]) -> String {
        "\(what) is only inside \(containers(of: paths)), which a recipient does not see without unpacking it."
    }

    private static func containers(of paths: [String]) -> String {
        Set(paths.map { EntryLocation(reportPath: $0).archives.first ?? $0 }).sorted().joined(separator: ", ")
    }
}
