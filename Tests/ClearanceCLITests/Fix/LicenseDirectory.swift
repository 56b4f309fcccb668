import Foundation
import TestSupport

/// A `--license-dir` built at test time from the reference texts (never committed): `<id>/LICENSE`
/// and `<id>/USE_POLICY.md` for every license the reference holds.
enum LicenseDirectory {
    /// The names the reference gives a license's use policy.
    static let usePolicyNames = ["USE_POLICY.md", "PROHIBITED_USE_POLICY", "ACCEPTABLE_USE_POLICY"]

    /// Builds the folder inside `parent` and returns its path.
    static func make(in parent: TemporaryDirectory) throws -> String {
        let manager = FileManager.default
        for id in try manager.contentsOfDirectory(atPath: ReferenceData.licenses.path) {
            let source = ReferenceData.licenses.appendingPathComponent(id)
            if let text = manager.contents(atPath: source.appendingPathComponent("LICENSE").path) {
                try parent.write("licenses/\(id)/LICENSE", [UInt8](text))
            }
            if let text = usePolicyNames.lazy.compactMap({
                manager.contents(atPath: source.appendingPathComponent($0).path)
            }).first {
                try parent.write("licenses/\(id)/USE_POLICY.md", [UInt8](text))
            }
        }
        return parent.path("licenses")
    }

    /// The reference text of `document` (`LICENSE` or a use policy) of `id`, if there is one.
    static func text(_ id: String, usePolicy: Bool) -> String? {
        let folder = ReferenceData.licenses.appendingPathComponent(id)
        let names = usePolicy ? usePolicyNames : ["LICENSE"]
        return names.lazy.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
            .first
    }
}

/// Every file of a folder, by relative path, with its bytes: what a fix must leave alone.
struct FolderSnapshot: Equatable {
    let files: [String: Data]

    init(_ path: String) {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let relative = enumerator?.nextObject() as? String {
            let full = (path as NSString).appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = FileManager.default.contents(atPath: full)
            }
        }
        self.files = files
    }
}

/// What `clearance fix --format json` said.
struct FixOutcome: Decodable {
    struct Change: Decodable {
        struct Edit: Decodable {
            let summary: String
            let rules: [String]
        }
        let path: String
        let action: String
        let edits: [Edit]
        let diff: String
    }
    struct Finding: Decodable {
        let ruleId: String
        let status: String
    }
    struct ToDo: Decodable {
        let summary: String
        let rules: [String]
    }
    let dryRun: Bool
    let changes: [Change]
    let toDo: [ToDo]
    let remaining: [Finding]
    let verdict: String?

    /// Runs the built binary.
    static func run(_ bundle: String, _ arguments: [String] = []) throws -> (status: Int32, outcome: FixOutcome) {
        let result = try CLIRunner.run(["fix", bundle, "--format", "json"] + arguments)
        guard result.status == 0 || result.status == 1 else {
            throw CheckOutcome.Unusable(status: result.status, stderr: result.stderr)
        }
        return (result.status, try JSONDecoder().decode(FixOutcome.self, from: Data(result.stdout.utf8)))
    }
}
