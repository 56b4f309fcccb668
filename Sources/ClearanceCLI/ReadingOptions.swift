import ArgumentParser
import Clearance

/// How the bundle is read: what is left out of it, and whether links are followed.
struct ReadingOptions: ParsableArguments {
    @Option(
        name: .customLong("exclude"),
        help: ArgumentHelp(
            "Leave out what matches this pattern (gitignore syntax, relative to the bundle root; repeatable).",
            discussion:
                ".git/ and .cache/huggingface/ are always left out; a .clearanceignore at the bundle root adds rules.",
            valueName: "glob"))
    var exclude: [String] = []

    @Flag(
        name: .customLong("follow-links"),
        help: ArgumentHelp(
            "Read the links in a folder as the files they point to (weights on shared storage); "
                + "the report says where each points.")
    )
    var followLinks = false

    /// The `--exclude` rules.
    var exclusions: [ExclusionRule] {
        exclude.map { ExclusionRule(pattern: $0, origin: "--exclude") }
    }

    func validate() throws {
        for pattern in exclude where ExclusionRule.rules(ignoreFile: pattern).isEmpty {
            throw ValidationError("--exclude \(pattern.isEmpty ? "''" : pattern): not a pattern (empty, or a comment)")
        }
    }
}
