import Foundation
import TestSupport
import Testing

/// Issue 10's measure: on releases modelled on real Hub derivatives (`Tests/LineageCorpus/`), built
/// at test time and checked through the binary, the upstream licenses are right for at least 95%,
/// and no release whose lineage shows in its files, prose or config passes as PASS.
@Suite struct LineageCorpusTests {
    /// What `clearance check --format json` said about one release.
    struct Outcome {
        let release: CorpusRelease
        let upstream: Set<String>
        let candidates: Set<String>
        let verdict: String
        let asks: Bool

        var upstreamIsRight: Bool {
            guard upstream == release.expectedUpstream else { return false }
            guard let expected = release.candidates else { return true }
            return candidates == expected && asks
        }

        var meetsVerdictFloor: Bool {
            let order = ["pass": 0, "review": 1, "fail": 2]
            guard let floor = release.verdictAtLeast else { return true }
            return (order[verdict] ?? 0) >= (order[floor] ?? 0)
        }

        var describe: String {
            let wanted = release.expectedUpstream.sorted().joined(separator: ", ")
            let asked = release.candidates.map { " candidates [\($0.sorted().joined(separator: ", "))]" } ?? ""
            return "\(release.name): expected [\(wanted)]\(asked), got [\(upstream.sorted().joined(separator: ", "))]"
                + " candidates [\(candidates.sorted().joined(separator: ", "))], verdict \(verdict)"
        }
    }

    /// `CLEARANCE_CORPUS_OUT=DIR` keeps the built releases there, to check one by hand.
    static let keptIn = ProcessInfo.processInfo.environment["CLEARANCE_CORPUS_OUT"]

    static func check(_ release: CorpusRelease, in directory: TemporaryDirectory) throws -> Outcome {
        let root = keptIn.map { URL(fileURLWithPath: $0) } ?? directory.url
        let folder = root.appendingPathComponent(release.name).appendingPathComponent(release.folderName)
        try CorpusBuilder.build(release, in: folder)
        let result = try CLIRunner.run(["check", folder.path, "--format", "json"])
        guard result.status == 0 || result.status == 1,
            let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        else {
            Issue.record("\(release.name): exit \(result.status): \(result.stderr)")
            return Outcome(release: release, upstream: [], candidates: [], verdict: "error", asks: false)
        }
        let licenses = report["licenses"] as? [[String: Any]] ?? []
        func ids(_ role: String) -> Set<String> {
            Set(licenses.filter { $0["role"] as? String == role }.compactMap { $0["id"] as? String })
        }
        let findings = report["findings"] as? [[String: Any]] ?? []
        let asks = findings.contains {
            $0["ruleId"] as? String == "metadata_upstream_resolved" && $0["status"] as? String == "needs-review"
        }
        return Outcome(
            release: release, upstream: ids("upstream"), candidates: ids("candidate"),
            verdict: report["verdict"] as? String ?? "?", asks: asks)
    }

    @Test func upstreamIsRightForNinetyFivePercentAndLineageNeverPasses() throws {
        let releases = try CorpusRelease.all()
        try #require(releases.count >= 150, "the corpus is in Tests/LineageCorpus")
        let directory = try TemporaryDirectory()
        let outcomes = try releases.map { try Self.check($0, in: directory) }
        let right = outcomes.filter(\.upstreamIsRight)
        let rate = Double(right.count) / Double(outcomes.count)
        let passing = outcomes.filter { $0.release.lineageIsVisible && $0.verdict == "pass" }
        let belowFloor = outcomes.filter { !$0.meetsVerdictFloor }
        print(Self.makeup(releases))
        print(
            "lineage corpus: upstream right for \(right.count) of \(outcomes.count) "
                + "(\(String(format: "%.1f", rate * 100))%); "
                + "\(passing.count) lineage-visible releases PASS; \(belowFloor.count) below their verdict floor")
        for miss in outcomes where !miss.upstreamIsRight { print("  miss  \(miss.describe)") }
        for miss in belowFloor { print("  floor \(miss.describe) (at least \(miss.release.verdictAtLeast ?? "?"))") }
        #expect(rate >= 0.95, "upstream right for \(right.count) of \(outcomes.count)")
        #expect(passing.isEmpty, "lineage-visible releases that PASS: \(passing.map(\.release.name))")
    }

    /// The corpus's make-up: kinds, families and where lineage shows.
    static func makeup(_ releases: [CorpusRelease]) -> String {
        func counts(_ values: [String]) -> String {
            Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +).sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        return """
            lineage corpus: \(releases.count) releases
              kinds: \(counts(releases.map(\.kind)))
              families: \(counts(releases.map(\.family)))
              lineage shows in: \(counts(releases.flatMap(\.lineageSources)))
              candidates cases: \(releases.filter { $0.candidates != nil }.count); \
            no upstream: \(releases.filter { $0.expectedUpstream.isEmpty }.count)
            """
    }
}
