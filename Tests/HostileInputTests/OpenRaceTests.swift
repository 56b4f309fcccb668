@testable import ArchiveIO
import Foundation
import TestSupport
import Testing

/// Issue 11, item 10: the directory reader checks an entry with `lstat`, then opens it; a link
/// swapped in between must not be followed to a file outside the bundle.
@Suite struct OpenRaceTests {
    /// What a swap leaves behind: the path the walk saw as a file is now a link.
    @Test func aLinkInPlaceOfTheFile() throws {
        let scratch = try TemporaryDirectory()
        let secret = try scratch.write("outside/secret.txt", "the secret\n")
        let path = try scratch.write("release/LICENSE", "Apache License\n")
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: secret)
        let source = FileSource(path: RawPath(path))
        #expect(throws: ArchiveIOError.self) { _ = try source.nextBlock() }
    }
}
