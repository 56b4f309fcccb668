import ArchiveIO
import Foundation
import TestSupport
import Testing

/// Issue 11, item 3: the license copy, the Notice file and the use policy reach a recipient only
/// as files of the release itself; a copy found only inside an archive is at most a question.
@Suite(.enabled(if: CompliantLlama.runs, CompliantLlama.skipReason))
struct NestedObligationTests {
    enum Hideout: String, CaseIterable, Sendable {
        case torchCheckpoint = "pytorch_model.bin"
        case npz = "extras.npz"
        case zip = "extras.zip"
        case tar = "extras.tar"
    }

    @Test(arguments: Hideout.allCases)
    func obligationsMetOnlyInsideAnArchive(hideout: Hideout) throws {
        let scratch = try TemporaryDirectory()
        var files = try CompliantLlama.files()
        let moved = ["LICENSE", "NOTICE", "USE_POLICY.md"]
        var inner: [ArchiveWriter.Entry] = moved.map { .file("archive/\($0)", files[$0] ?? []) }
        for name in moved { files[name] = nil }
        switch hideout {
        case .torchCheckpoint:
            inner.insert(.file("archive/data.pkl", Pickles.harmless), at: 0)
            files[hideout.rawValue] = try ArchiveWriter.data(inner, container: .zip)
        case .npz, .zip: files[hideout.rawValue] = try ArchiveWriter.data(inner, container: .zip)
        case .tar: files[hideout.rawValue] = try ArchiveWriter.data(inner, container: .tar(.pax))
        }
        let bundle = try CompliantLlama.write(files, to: scratch)
        let report = try CheckReport.check(bundle, in: scratch, case: "obligations inside \(hideout.rawValue)")
        for rule in ["llama3_1_license_copy", "llama3_1_notice_line", "llama3_1_acceptable_use"] {
            #expect(
                !report.statuses(rule).isEmpty && !report.statuses(rule).contains("pass"),
                "\(rule): \(report.statuses(rule))")
        }
        #expect(report.statuses("llama3_1_license_copy") == ["needs-review"], "a copy inside an archive is a question")
    }

    /// The unchanged release passes, so the cases above fail for the moved files alone.
    @Test func theCompliantReleasePasses() throws {
        let scratch = try TemporaryDirectory()
        let report = try CheckReport.check(
            try CompliantLlama.write(try CompliantLlama.files(), to: scratch), in: scratch,
            case: "the compliant release")
        #expect(report.verdict == "pass", "\(report.rules(with: "fail")) \(report.rules(with: "needs-review"))")
    }
}
