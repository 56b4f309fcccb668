import Foundation

/// The committed fixture files, found next to this source file.
enum Fixtures {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The bytes of `Fixtures/pickle/<name>`.
    static func pickle(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent("pickle").appendingPathComponent(name)))
    }
}
