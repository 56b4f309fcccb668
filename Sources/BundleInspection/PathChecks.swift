import ArchiveIO
import BundleModel
import Foundation

/// Checks over all entry paths once they are relative to the root: duplicates, names that
/// differ only in case, and links that point outside the root.
enum PathChecks {
    /// Paths that appear twice, and paths that differ only in case. The paths are grouped by a
    /// hash of their case-folded form instead of being put into sets, so a bundle of many entries
    /// costs 8 bytes per entry, not another copy of every path.
    ///
    /// Directories (slices of `table`, the bundle's paths) take part: a file and a directory of
    /// one name leave only one of them when extracted. A directory listed twice is harmless and
    /// is not reported.
    static func duplicates(
        in artifacts: [Artifact], directories: [PathSlice] = [], in table: PathTable = .empty
    ) -> [Defect] {
        let path = { (index: Int) in
            index < artifacts.count
                ? artifacts[index].path
                : table.withBytes(of: directories[index - artifacts.count]) { String(decoding: $0, as: UTF8.self) }
        }
        var defects: [Defect] = []
        for run in FoldedPaths(artifacts, directories: directories, in: table).equalRuns() {
            defects += collisions(in: run, of: run.map(path)) { $0 >= artifacts.count }
        }
        return defects
    }

    /// Within one run of equal folded paths (files in bundle order, then directories): exact
    /// repeats are duplicates unless all of them are directories, the others collide with the first.
    /// `paths` are the paths of `run`, in its order.
    private static func collisions(in run: [Int], of paths: [String], isDirectory: (Int) -> Bool) -> [Defect] {
        let first = paths[0]
        var spellings = [first]
        var directoriesOnly = [first: isDirectory(run[0])]
        return zip(run, paths).dropFirst().compactMap { index, path in
            if spellings.contains(path) {
                if isDirectory(index), directoriesOnly[path] == true { return nil }
                directoriesOnly[path] = false
                let message =
                    isDirectory(index) || isDirectory(run[0])
                    ? "the path is both a file and a directory; extracting keeps only one of them"
                    : "the path appears more than once; extracting keeps only the last copy"
                return Defect(kind: .duplicatePath, path: path, message: message)
            }
            spellings.append(path)
            directoriesOnly[path] = isDirectory(index)
            return Defect(
                kind: .caseCollision, path: path,
                message:
                    "differs from \(first) only in case; on a case-insensitive file system one overwrites the other")
        }
    }

    static func escapingLinks(in artifacts: [Artifact]) -> [Defect] {
        // The format first: it is inline, and most artifacts are not links.
        artifacts.indices.compactMap { position in
            let format = artifacts[position].format
            guard format == .symlink || format == .hardlink else { return nil }
            let artifact = artifacts[position]
            // A link read through (`--follow-links`) is its file, with its target on record.
            guard let target = artifact.linkTarget,
                escapes(link: artifact.location.path, target: target, isHardlink: artifact.format == .hardlink)
            else {
                return nil
            }
            return Defect(
                kind: .linkEscapesRoot, path: artifact.path, message: "the link points to \(target), outside the bundle"
            )
        }
    }

    /// Whether following the link at `link` (a path in its own archive) leaves the folder that
    /// contains that archive's root.
    static func escapes(link: String, target: String, isHardlink: Bool) -> Bool {
        let folder = isHardlink ? [] : link.split(separator: "/").dropLast().map(String.init)
        return LinkTarget.resolve(target, from: folder) == nil
    }
}
