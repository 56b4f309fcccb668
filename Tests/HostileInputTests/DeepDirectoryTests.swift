import BundleModel
import Foundation
import TestSupport
import Testing

/// Issue 11, item 9: a file deeper than the directory walk goes is recorded as not inspected,
/// and fails the check like the other reading caps.
@Suite struct DeepDirectoryTests {
    @Test func aPickle257DirectoriesDown() throws {
        let scratch = try TemporaryDirectory()
        let deep = Array(repeating: "d", count: 257).joined(separator: "/")
        try scratch.write("release/README.md", "# M\n")
        try scratch.write("release/\(deep)/pytorch_model.bin", Pickles.callingSystem)
        let report = try #require(
            try BoundedRun.inspect(scratch.path("release"), in: scratch, case: "a pickle 257 directories down"))
        #expect(report.defects.contains { $0.kind == .directoryDepthExceeded }, "\(report.defects)")
        let check = try CheckReport.check(
            scratch.path("release"), in: scratch, case: "check of a pickle 257 directories down")
        #expect(check.status == 1)
        #expect(check.statuses("integrity_read_to_the_end") == ["fail"])
    }
}
