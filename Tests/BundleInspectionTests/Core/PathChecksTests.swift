import BundleModel
import Testing

@testable import BundleInspection

/// `PathChecks.duplicates` finds the same paths and case collisions whether the paths are
/// slices of the bundle's table, their own strings, or entries of nested archives, however many
/// there are: the paths are grouped by a hash of their folded bytes, and equal hashes are
/// compared byte by byte, so a report is what grouping the lower-cased strings gives.
@Suite struct PathChecksTests {
    /// What grouping the paths by their lower-cased form finds, as `path kind` lines.
    private func expected(_ paths: [String]) -> [String] {
        var seen: [String: [String]] = [:]
        var lines: [String] = []
        for path in paths {
            let folded = path.lowercased()
            if let spellings = seen[folded] {
                lines.append(spellings.contains(path) ? "\(path) duplicatePath" : "\(path) caseCollision")
            }
            seen[folded, default: []].append(path)
        }
        return lines.sorted()
    }

    private func found(_ defects: [Defect]) -> [String] {
        defects.map { "\($0.path) \($0.kind == .duplicatePath ? "duplicatePath" : "caseCollision")" }.sorted()
    }

    @Test(arguments: [0, 1, 2, 50, 5000])
    func pathsInTheTableAreGroupedAsTheirFoldedStringsAre(count: Int) {
        var builder = PathTable.Builder(expectedBytes: 0)
        let names = (0..<count).map { index in
            switch index % 7 {
            case 0: "dir/File\(index / 7).txt"
            case 1: "dir/file\(index / 14).TXT"
            case 2: "dir/file\(index / 21).txt"
            case 3: "Äpfel/\(index / 3)"
            case 4: "äpfel/\(index / 6)"
            default: "unique/\(index)"
            }
        }
        let slices = names.map { builder.append($0) }
        let table = builder.finish()
        let artifacts = slices.map { Artifact(path: $0, in: table, kind: .other, format: .text, size: 0) }
        #expect(found(PathChecks.duplicates(in: artifacts, in: table)) == expected(names))
    }

    @Test func nestedEntriesAndPathsOfTheirOwnTakePart() {
        var builder = PathTable.Builder(expectedBytes: 0)
        let slice = builder.append("m.zip!/A.txt")
        let table = builder.finish()
        let artifacts = [
            Artifact(path: slice, in: table, kind: .other, format: .text, size: 0),
            Artifact(location: EntryLocation("a.txt", in: ["m.zip"]), kind: .other, format: .text, size: 0),
            Artifact(path: "M.ZIP!/a.txt", kind: .other, format: .text, size: 0),
            Artifact(location: EntryLocation("a.txt", in: ["m.zip"]), kind: .other, format: .text, size: 0),
        ]
        #expect(
            found(PathChecks.duplicates(in: artifacts, in: table))
                == expected(["m.zip!/A.txt", "m.zip!/a.txt", "M.ZIP!/a.txt", "m.zip!/a.txt"]))
    }

    @Test func aFileAndADirectoryOfOneNameCollideButADirectoryListedTwiceDoesNot() {
        var builder = PathTable.Builder(expectedBytes: 0)
        let file = builder.append("NOTICE")
        let directories = [builder.append("NOTICE"), builder.append("docs"), builder.append("docs")]
        let table = builder.finish()
        let artifacts = [Artifact(path: file, in: table, kind: .notice, format: .text, size: 0)]
        let defects = PathChecks.duplicates(in: artifacts, directories: directories, in: table)
        #expect(defects.map(\.path) == ["NOTICE"] && defects.map(\.kind) == [.duplicatePath])
    }
}
