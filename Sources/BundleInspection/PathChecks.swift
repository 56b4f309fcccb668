import Foundation
import BundleModel

/// Checks over all entry paths once they are relative to the root: duplicates, names that
/// differ only in case, and links that point outside the root.
enum PathChecks {
    static func duplicates(in artifacts: [Artifact]) -> [Defect] {
        var defects: [Defect] = []
        var seen = Set<String>()
        var folded: [String: String] = [:]
        for artifact in artifacts {
            let path = artifact.path
            if !seen.insert(path).inserted {
                defects.append(Defect(kind: .duplicatePath, path: path, message: "the path appears more than once; extracting keeps only the last copy"))
                continue
            }
            let key = path.lowercased()
            if let other = folded[key] {
                defects.append(Defect(kind: .caseCollision, path: path, message: "differs from \(other) only in case; on a case-insensitive file system one overwrites the other"))
            } else {
                folded[key] = path
            }
        }
        return defects
    }

    static func escapingLinks(in artifacts: [Artifact]) -> [Defect] {
        artifacts.compactMap { artifact in
            guard let target = artifact.linkTarget, escapes(link: artifact.path, target: target, isHardlink: artifact.format == .hardlink) else {
                return nil
            }
            return Defect(kind: .linkEscapesRoot, path: artifact.path, message: "the link points to \(target), outside the bundle")
        }
    }

    /// Whether following the link leaves the folder that contains the bundle's root.
    static func escapes(link: String, target: String, isHardlink: Bool) -> Bool {
        if target.hasPrefix("/") { return true }
        let innerLink = link.components(separatedBy: "!/").last ?? link
        var stack = isHardlink ? [] : innerLink.split(separator: "/").dropLast().map(String.init)
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                guard !stack.isEmpty else { return true }
                stack.removeLast()
            default: stack.append(String(segment))
            }
        }
        return false
    }
}
