import Testing

@testable import BundleInspection

/// Exclusion rules follow gitignore: names at any depth, anchors, folder patterns, `**`,
/// classes, negation, and no re-inclusion under an excluded folder.
@Suite struct ExclusionRuleTests {
    static let cases: [(rules: [String], path: String, excluded: Bool)] = [
        (["*.tmp"], "a/b/c.tmp", true),
        (["*.tmp"], "a/b/c.tmpx", false),
        (["/notes.md"], "notes.md", true),
        (["/notes.md"], "docs/notes.md", false),
        (["docs/*.md"], "docs/a.md", true),
        (["docs/*.md"], "docs/sub/a.md", false),
        (["docs/**/*.md"], "docs/a.md", true),
        (["docs/**/*.md"], "docs/x/y/a.md", true),
        (["**/logs"], "a/logs/run.txt", true),
        (["**/logs/old"], "a/b/logs/old/run.txt", true),
        (["**/logs/old"], "logs/a/old", false),
        (["a/**/b/**/c.txt"], "a/x/b/y/z/c.txt", true),
        (["build/"], "build/x.o", true),
        (["build/"], "build", false),
        (["build"], "build", true),
        (["data/**"], "data/x/y.bin", true),
        (["file[0-9].txt"], "file7.txt", true),
        (["file[!0-9].txt"], "file7.txt", false),
        (["\\#hash"], "#hash", true),
        (["*.log", "!keep.log"], "keep.log", false),
        (["*.log", "!keep.log"], "other.log", true),
        (["drafts/", "!drafts/keep.md"], "drafts/keep.md", true),
        (["trailing.txt  "], "trailing.txt", true),
        // Names a rule requires are looked for before its pattern is tried; found in the wrong
        // place, or only as part of a name, they do not match.
        (["logs/run"], "run/logs", false),
        (["logs/run"], "logs/run", true),
        (["logs"], "catalogs/x.txt", false),
        (["a/**/b/*.bin"], "a/x/b/w.bin", true),
        (["a/**/b/*.bin"], "b/x/a/w.bin", false),
        // The byte search for a required name: at the very end, after a partial match, longer than the path.
        (["**/keep/**/notes"], "x/keep/kee/notes", true),
        (["**/keep/**/notes"], "kee/keep/notes", true),
        (["**/keep/**/notes"], "keep/note", false),
        (["notes"], "note", false),
        // A name compares as text: the Kelvin sign is canonically the letter K.
        (["K.txt"], "dir/\u{212A}.txt", true),
        (["caf\u{E9}"], "cafe\u{301}/menu.txt", true),
    ]

    @Test(arguments: 0..<cases.count)
    func gitignoreSemantics(index: Int) {
        let (rules, path, excluded) = Self.cases[index]
        let set = ExclusionSet(rules: rules.map { ExclusionRule(pattern: $0, origin: "--exclude") })
        #expect((set.rule(excluding: path, isFolder: false) != nil) == excluded, "\(rules) on \(path)")
    }

    @Test(arguments: [
        ".git/objects/ab/cd", "sub/.git/HEAD", ".cache/huggingface/download/x.metadata", "a/b/.cache/huggingface/x",
    ])
    func builtInRulesHoldAtAnyDepthAndCannotBeUndone(path: String) {
        let set = ExclusionSet(rules: ExclusionRule.builtIn + [ExclusionRule(pattern: "!*", origin: "--exclude")])
        #expect(set.rule(excluding: path, isFolder: false).map { set.rules[$0].origin } == "built-in")
    }

    @Test func theCommandLineOutweighsTheIgnoreFile() {
        var set = ExclusionSet(rules: [ExclusionRule(pattern: "!keep.md", origin: "--exclude")])
        set.add(ExclusionRule.rules(ignoreFile: "*.md\n"))
        #expect(set.rule(excluding: "keep.md", isFolder: false) == nil)
        #expect(set.rule(excluding: "other.md", isFolder: false) != nil)
    }

    @Test func ignoreFileLinesKeepTheirLineNumbers() {
        let rules = ExclusionRule.rules(ignoreFile: "# comment\n\n*.tmp\r\n/drafts/\n")
        #expect(rules.map(\.origin) == [".clearanceignore:3", ".clearanceignore:4"])
        #expect(rules.map(\.pattern) == ["*.tmp", "/drafts/"])
    }
}
