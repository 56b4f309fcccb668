import Foundation

/// Finds and reads a project's `.clearance.yml`.
public enum ProjectConfigLoader {
    /// The configuration file's name.
    public static let fileName = ".clearance.yml"
    /// The keys a configuration has (a facts file has none of them at its top level).
    static let keys: Set<String> = ["facts", "waivers", "failOn", "exclude"]

    /// A loaded configuration with the file it came from.
    public struct Loaded: Sendable {
        public let file: String
        public let config: ProjectConfig
        /// Inline facts, with `file` as their source.
        public let facts: FactSheet?
        public let failOn: FailThreshold?

        /// A path in the configuration, resolved against the configuration file's folder.
        public func resolve(_ path: String) -> String {
            guard !path.hasPrefix("/") else { return path }
            return URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(path)
                .standardizedFileURL.path
        }

        /// The facts file the configuration names, resolved.
        public var factsFile: String? {
            if case .file(let path) = config.facts { return resolve(path) }
            return nil
        }

        /// The waivers file the configuration names, resolved.
        public var waiversFile: String? { config.waivers.map(resolve) }
    }

    /// The `.clearance.yml` of the current folder or the nearest parent, stopping at the
    /// repository root (a folder with `.git`). Outside a repository, only `directory` is looked at.
    public static func discover(from directory: String) -> String? {
        let manager = FileManager.default
        var folder = URL(fileURLWithPath: directory).standardizedFileURL
        var folders = [folder]
        while folder.path != "/" {
            if manager.fileExists(atPath: folder.appendingPathComponent(".git").path) { break }
            folder.deleteLastPathComponent()
            folders.append(folder)
        }
        let inRepository = manager.fileExists(atPath: folder.appendingPathComponent(".git").path)
        for candidate in inRepository ? folders : [folders[0]] {
            let file = candidate.appendingPathComponent(fileName).path
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue { return file }
        }
        return nil
    }

    public static func load(file: String) throws(PolicyError) -> Loaded {
        try parse(PolicyFileText.read(file), source: file)
    }

    public static func parse(_ text: String, source: String) throws(PolicyError) -> Loaded {
        let (config, root) = try StrictYAML.decodeDocument(ProjectConfig.self, from: text, file: source)
        var failOn: FailThreshold?
        if let value = config.failOn {
            guard let threshold = FailThreshold(rawValue: value) else {
                let allowed = FailThreshold.allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalidValue(
                    file: source, line: StrictYAML.line(at: [EntryKey("failOn")], in: root),
                    reason: "failOn must be one of \(allowed), not '\(value)'")
            }
            failOn = threshold
        }
        var sheet: FactSheet?
        if case .inline(var facts) = config.facts {
            try FactsLoader.settle(&facts, root: root, at: [EntryKey("facts")], source: source)
            sheet = FactSheet(facts: facts, source: source)
        }
        return Loaded(file: source, config: config, facts: sheet, failOn: failOn)
    }

    /// Whether a `clearance.yml`/`.clearance.yml` found in a bundle is a configuration rather than
    /// a facts file: its top-level keys are configuration keys.
    static func looksLikeConfig(_ text: String) -> Bool {
        let topLevel = text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            guard let first = line.first, first != " ", first != "\t", first != "#",
                let colon = line.firstIndex(of: ":")
            else { return nil }
            return String(line[..<colon]).trimmingCharacters(in: .whitespaces)
        }
        return !topLevel.isEmpty && topLevel.allSatisfy(keys.contains)
    }
}
