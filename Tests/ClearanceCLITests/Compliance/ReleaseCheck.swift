import TestSupport

/// Packs a release case in its container and runs `clearance check` on it.
enum ReleaseCheck {
    static func run(_ releaseCase: ReleaseCase) throws -> CheckOutcome {
        let directory = try TemporaryDirectory()
        let path = try releaseCase.container.write(releaseCase.release, named: "release", in: directory)
        let facts = try releaseCase.release.facts.map { try directory.write("facts.yml", $0.yaml) }
        return try CheckOutcome.check(path, failOn: releaseCase.failOn, arguments: facts.map { ["--facts", $0] } ?? [])
    }
}
