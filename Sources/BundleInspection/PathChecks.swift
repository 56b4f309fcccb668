import Foundation
import ArchiveIO
import BundleModel

/// Checks over all entry paths once they are relative to the root: duplicates, names that
/// differ only in case, and links that point outside the root.
enum PathChecks {
    /// Paths that appear twice, and paths that differ only in case. The paths are sorted by their
    /// case-folded form instead of being hashed into sets, so a bundle of many entries costs an
    /// index per entry, not another copy of every path.
    static func duplicates(in artifacts: [Artifact]) -> [Defect] {
        let keys = FoldedPaths(artifacts.map(\.path))
        let order = artifacts.indices.sorted { keys.precedes($0, $1) }
        var defects: [Defect] = []
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, keys.equal(order[start], order[end]) { end += 1 }
            if end - start > 1 { defects += collisions(in: order[start..<end].sorted(), of: artifacts) }
            start = end
        }
        return defects
    }

    /// Within one run of equal folded paths, in bundle order: exact repeats are duplicates, the
    /// others collide with the first.
    private static func collisions(in run: [Int], of artifacts: [Artifact]) -> [Defect] {
        let first = artifacts[run[0]].path
        var spellings = [first]
        return run.dropFirst().map { index in
            let path = artifacts[index].path
            if spellings.contains(path) {
                return Defect(kind: .duplicatePath, path: path, message: "the path appears more than once; extracting keeps only the last copy")
            }
            spellings.append(path)
            return Defect(kind: .caseCollision, path: path, message: "differs from \(first) only in case; on a case-insensitive file system one overwrites the other")
        }
    }

    static func escapingLinks(in artifacts: [Artifact]) -> [Defect] {
        artifacts.compactMap { artifact in
            // A link read through (`--follow-links`) is its file, with its target on record.
            guard let target = artifact.linkTarget, artifact.format == .symlink || artifact.format == .hardlink,
                  escapes(link: artifact.location.path, target: target, isHardlink: artifact.format == .hardlink) else {
                return nil
            }
            return Defect(kind: .linkEscapesRoot, path: artifact.path, message: "the link points to \(target), outside the bundle")
        }
    }

    /// Whether following the link at `link` (a path in its own archive) leaves the folder that
    /// contains that archive's root.
    static func escapes(link: String, target: String, isHardlink: Bool) -> Bool {
        let folder = isHardlink ? [] : link.split(separator: "/").dropLast().map(String.init)
        return LinkTarget.resolve(target, from: folder) == nil
    }
}
