import BundleInspection
import BundleModel
import Foundation
import PolicyEngine

/// Facts and waivers a bundle carries about itself: a `clearance.yml` or `.clearance.yml` at its
/// root, or a facts, waivers or configuration file given for the check that lies inside the
/// release folder. They are published with the release, and a release must not vouch for
/// itself: the check says so in a finding (`bundle_facts_published`).
struct SelfVouching {
    /// One file inside the bundle that holds facts or waivers.
    struct Carried {
        /// Relative to the bundle root.
        let path: String
        /// `facts`, `waivers` or `facts and waivers`.
        let holds: String
        /// Whether the check used it.
        let used: Bool
    }

    let carried: [Carried]

    /// What `manifest`'s bundle carries, given the files the request named and the bundle-root
    /// facts file the check used (if any).
    init(manifest: Manifest, request: CheckRequest, usedRootFile: String?) {
        var carried = FactsLoader.bundleFiles(in: manifest).map {
            Carried(path: $0, holds: "facts", used: $0 == usedRootFile)
        }
        if let root = Self.bundleDirectory(manifest) {
            let named: [(String?, String)] = [
                (request.factsFile, "facts"), (request.waiversFile, "waivers"),
                (request.inlineFacts == nil ? nil : request.configFile, "facts"),
            ]
            for case let (file?, holds) in named {
                guard let path = Self.relativePath(of: file, inside: root),
                    !carried.contains(where: { $0.path == path }),
                    !request.exclusions.contains(where: { $0.excludes(path) })
                else { continue }
                carried.append(Carried(path: path, holds: holds, used: true))
            }
        }
        self.carried = carried
    }

    /// The finding, when the bundle carries anything; `ignored` is `--no-bundle-facts`.
    func finding(ignored: Bool) -> Finding? {
        guard !carried.isEmpty else { return nil }
        let files = carried.map { "\($0.holds) in \($0.path)" }
        let listed =
            files.count == 1 ? files[0] : files.dropLast().joined(separator: ", ") + " and " + files[files.count - 1]
        let use: String
        if carried.contains(where: \.used) {
            use = "this check relied on them"
        } else {
            use = ignored ? "they were ignored (--no-bundle-facts)" : "this check did not use them"
        }
        let evidence = carried.map { Evidence(path: $0.path, excerpt: $0.used ? "used by this check" : "not used") }
        return ProcessRules.bundleFactsPublished.finding(
            message: "The release carries \(listed): published with it, they reveal what they declare, and \(use).",
            evidence: evidence)
    }

    /// The bundle root on disk, for a folder.
    private static func bundleDirectory(_ manifest: Manifest) -> String? {
        guard manifest.subject.format == .directory else { return nil }
        var url = URL(fileURLWithPath: manifest.subject.path)
        if let root = manifest.root { url.appendPathComponent(root) }
        return url.resolvingSymlinksInPath().path
    }

    /// `file`'s path relative to `root`, when it lies inside it.
    private static func relativePath(of file: String, inside root: String) -> String? {
        let resolved = URL(fileURLWithPath: file).resolvingSymlinksInPath().path
        guard resolved.hasPrefix(root + "/") else { return nil }
        return String(resolved.dropFirst(root.count + 1))
    }
}
