import ArchiveIO
import BundleModel
import Foundation
import TestSupport
import Testing

/// Issue 11, item 4: the caps on reading text never hide text silently. A license, notice,
/// use-policy or card file that is cut short or left unread is a failure, and the text budget
/// is charged for the bytes read, not per line.
@Suite(.enabled(if: CompliantLlama.runs, CompliantLlama.skipReason))
struct TextCapTests {
    /// The canonical text, a megabyte and more of spaces, then terms of the distributor's own.
    @Test func termsBeyondTheFirstMebibyte() throws {
        let scratch = try TemporaryDirectory()
        var files = try CompliantLlama.files()
        let padded =
            try CompliantLlama.text() + String(repeating: " ", count: 1_200_000)
            + "\nADDITIONAL TERMS. The Licensee waives every right granted above.\n"
        files["LICENSE"] = Array(padded.utf8)
        let report = try CheckReport.check(
            try CompliantLlama.write(files, to: scratch), in: scratch, case: "terms after 1.2 MB of spaces")
        #expect(report.status == 1)
        #expect(report.verdict == "fail")
        #expect(
            report.rules(with: "fail").contains("llama3_1_license_text")
                || report.rules(with: "fail").contains("integrity_read_to_the_end"),
            "\(report.rules(with: "fail"))")
    }

    /// A megabyte of newlines first, then an altered license: the license is still read.
    @Test func aFileOfNewlinesBeforeAnAlteredLicense() throws {
        let scratch = try TemporaryDirectory()
        var files = try CompliantLlama.files()
        let license = try CompliantLlama.text()
        let cut = try #require(
            license.range(of: "\n\n", range: license.index(license.startIndex, offsetBy: 2000)..<license.endIndex))
        files["LICENSE"] = Array(
            (license[..<cut.lowerBound]
                + "\n\nThe Licensee may also sublicense the Llama Materials under any terms it chooses."
                + license[cut.lowerBound...]).utf8)
        var entries: [ArchiveWriter.Entry] = [.file("release/docs/blank.txt", [UInt8](repeating: 0x0A, count: 1 << 20))]
        entries += files.sorted { $0.key < $1.key }.map { .file("release/\($0.key)", $0.value) }
        let bundle = try scratch.write("release.tar", try ArchiveWriter.data(entries, container: .tar(.pax)))
        let report = try CheckReport.check(bundle, in: scratch, case: "1 MB of newlines, then an altered license")
        #expect(
            report.statuses("llama3_1_license_text").contains("fail"), "\(report.statuses("llama3_1_license_text"))")
    }

    /// A model card larger than what is read of it.
    @Test func aCardCutShort() throws {
        let scratch = try TemporaryDirectory()
        var files = try CompliantLlama.files()
        let card = String(decoding: files["README.md"] ?? [], as: UTF8.self)
        files["README.md"] = Array(
            (card + String(repeating: "More about the model. ", count: 60_000) + "\nlicense: apache-2.0\n").utf8)
        let bundle = try CompliantLlama.write(files, to: scratch)
        let report = try #require(try BoundedRun.inspect(bundle, in: scratch, case: "a 1.3 MB card"))
        #expect(report.defects.contains { $0.kind == .textTooLarge && $0.path == "README.md" }, "\(report.defects)")
        let check = try CheckReport.check(bundle, in: scratch, case: "check of a 1.3 MB card")
        #expect(check.status == 1)
    }
}
