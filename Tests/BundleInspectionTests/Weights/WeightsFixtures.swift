import Foundation
import Testing

@testable import BundleInspection

/// The files `dev/fixtures/make_weight_fixtures.py` writes with the reference libraries.
enum WeightsFixtures {
    /// The bytes of `name` under `Fixtures/weights`.
    static func bytes(_ name: String) throws -> [UInt8] {
        let folder = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/weights")
        return Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }
}

/// Bytes held in memory, consumed the way the readers consume an entry; records what was asked.
final class MemoryByteStream: EntryByteStream {
    private let bytes: [UInt8]
    private var position = 0
    /// The largest `read` request, to show that no length from the file was trusted.
    private(set) var largestReadRequest = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Bytes handed out or skipped so far.
    var consumed: Int { position }

    func read(_ count: Int) -> [UInt8] {
        largestReadRequest = max(largestReadRequest, count)
        let taken = min(count, bytes.count - position)
        defer { position += taken }
        return Array(bytes[position..<position + taken])
    }

    func skip(_ count: UInt64) -> UInt64 {
        let skipped = Int(min(count, UInt64(bytes.count - position)))
        position += skipped
        return UInt64(skipped)
    }

    func drain() -> UInt64 {
        position = bytes.count
        return UInt64(bytes.count)
    }
}
