import Foundation
import Platform
import TestSupport
import Testing

@testable import ArchiveIO

/// Issue 11, item 10: the directory reader checks an entry with `lstat`, then opens it; a link
/// swapped in between must not be followed to a file outside the bundle.
@Suite struct OpenRaceTests {
    /// What a swap leaves behind: the path the walk saw as a file is now a link.
    @Test func aLinkInPlaceOfTheFile() throws {
        let scratch = try TemporaryDirectory()
        let secret = try scratch.write("outside/secret.txt", "the secret\n")
        let path = try scratch.write("release/LICENSE", "Apache License\n")
        var seen = stat()
        #expect(lstat(path, &seen) == 0)
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: secret)
        let source = FileSource(path: RawPath(path), expected: seen)
        #expect(throws: ArchiveIOError.self) { _ = try source.nextBlock() }
    }

    /// Another file moved into place is refused too: it is not the file the walk saw.
    @Test func anotherFileInPlaceOfTheFile() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.write("release/LICENSE", "Apache License\n")
        var seen = stat()
        #expect(lstat(path, &seen) == 0)
        let other = try scratch.write("other.txt", "other\n")
        #expect(rename(other, path) == 0)
        let source = FileSource(path: RawPath(path), expected: seen)
        #expect(throws: ArchiveIOError.self) { _ = try source.nextBlock() }
    }
}
