import ArgumentParser

/// The options of `check --batch`: many bundles in one run.
struct BatchOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Check every bundle listed in FILE (one per line; - for standard input) and write one JSON report per line.",
            valueName: "file"
        ))
    var batch: String?

    @Option(help: "With --batch: how many bundles are checked at once.")
    var jobs: Int = 1

    @Option(
        help: ArgumentHelp(
            "With --batch: keep reports in this SQLite file and answer unchanged bundles from it without reading them.",
            valueName: "path"
        ))
    var cache: String?

    func validate() throws {
        if cache != nil, batch == nil {
            throw ValidationError("--cache works with --batch (a single bundle is a list of one)")
        }
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256") }
    }
}
