import ArchiveIO
import BundleModel
import TestSupport
import Testing

/// Pickles nested far deeper than any real checkpoint, as `.bin`/`.pkl` files and as the
/// `data.pkl` of a torch zip: each is reported, within the shared bounds.
@Suite struct PickleNestingTests {
    enum Nesting: String, CaseIterable, Sendable {
        case millionMarks = "a million MARKs"
        case millionNestedLists = "a million nested lists"
        case appendedLists = "lists nested 90,000 deep by APPEND"
        case nestedTuples = "tuples nested 90,000 deep"
        case hugeFrame = "a frame of 2^62 bytes"

        /// Deep but well formed: nothing to report beyond a clean listing.
        var isWellFormed: Bool { self == .appendedLists || self == .nestedTuples }

        var bytes: [UInt8] {
            let proto2: [UInt8] = [0x80, 0x02]
            let stop: UInt8 = 0x2E
            switch self {
            case .millionMarks: return proto2 + [UInt8](repeating: 0x28, count: 1_000_000) + [stop]
            case .millionNestedLists:
                return proto2 + Array(repeating: [0x5D, 0x28], count: 500_000).flatMap { $0 } + [stop]
            case .appendedLists:
                return proto2 + [UInt8](repeating: 0x5D, count: 90_000) + [UInt8](repeating: 0x61, count: 89_999) + [
                    stop
                ]
            case .nestedTuples: return proto2 + [0x29] + [UInt8](repeating: 0x85, count: 90_000) + [stop]
            case .hugeFrame:
                return [0x80, 0x04, 0x95]
                    + (0..<8).map { UInt8(truncatingIfNeeded: (UInt64(1) << 62) >> (8 * UInt64($0))) } + [stop]
            }
        }
    }

    @Test(arguments: Nesting.allCases)
    func asAPickleFile(nesting: Nesting) throws {
        let scratch = try TemporaryDirectory()
        let tar = try ArchiveWriter.data(
            [
                .file("model/README.md", text: "# M\n"), .file("model/training_args.bin", nesting.bytes),
                .file("model/optimizer.pkl", nesting.bytes),
            ], container: .tar(.pax), compression: .gzip)
        let report = try #require(
            try BoundedRun.inspect(
                try scratch.write("bundle.tar.gz", tar), in: scratch, case: "\(nesting.rawValue) in a pickle"))
        let flagged = report.defects.contains { $0.kind == .malformedPickle && $0.path == "optimizer.pkl" }
        #expect(flagged != nesting.isWellFormed, "\(report.defects)")
    }

    @Test(arguments: Nesting.allCases)
    func asTheDataOfATorchZip(nesting: Nesting) throws {
        let scratch = try TemporaryDirectory()
        let torch = try ArchiveWriter.data(
            [.file("archive/data.pkl", nesting.bytes), .file("archive/version", text: "3\n")], container: .zip)
        let zip = try ArchiveWriter.data(
            [.file("model/README.md", text: "# M\n"), .file("model/pytorch_model.bin", torch)], container: .zip)
        _ = try #require(
            try BoundedRun.inspect(
                try scratch.write("bundle.zip", zip), in: scratch, case: "\(nesting.rawValue) in a torch zip"))
    }
}
