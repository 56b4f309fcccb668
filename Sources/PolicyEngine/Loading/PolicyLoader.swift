import BundleModel
import Foundation

/// Reads policy files, checks them against the schema and against each other.
enum PolicyLoader {
    static let registryFile = "registry.yml"
    static let generalFile = "general.yml"
    static let baseModelsFile = "lineage/base-models.yml"

    static func load(directory: String) throws(PolicyError) -> PolicySet {
        let root = URL(fileURLWithPath: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw .unreadable(file: directory, reason: "no such folder")
        }
        guard isDirectory.boolValue else { throw .unreadable(file: directory, reason: "not a folder") }
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else {
            throw .unreadable(file: directory, reason: "not a folder")
        }
        var files: [String: String] = [:]
        for case let url as URL in enumerator where ["yml", "yaml", "json"].contains(url.pathExtension) {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw .unreadable(file: url.path, reason: "not UTF-8 text")
            }
            files[relative] = text
        }
        return try load(files: files, origin: directory)
    }

    /// Loads policies from file contents, every YAML file decoded strictly.
    static func load(files: [String: String], origin: String) throws(PolicyError) -> PolicySet {
        func display(_ name: String) -> String { "\(origin)/\(name)" }
        func decode<Value: Codable>(_ type: Value.Type, _ name: String) throws(PolicyError) -> Value {
            guard let text = files[name] else { throw .unreadable(file: display(name), reason: "missing") }
            return try StrictYAML.decode(type, from: text, file: display(name))
        }
        let registry = try decode(ModelRegistry.self, registryFile)
        let general = try decode(GeneralPack.self, generalFile)
        try requireVersion(registry.version, file: display(registryFile))
        try requireVersion(general.version, file: display(generalFile))
        var templates: [String: PolicyTemplate] = [:]
        var templateFiles: [String: String] = [:]
        for name in files.keys.sorted() where isTemplateFile(name) {
            let template = try decode(PolicyTemplate.self, name)
            try requireVersion(template.version, file: display(name))
            guard templates[template.name] == nil else { throw .duplicate(file: display(name), id: template.name) }
            templates[template.name] = template
            templateFiles[template.name] = display(name)
        }
        let resolver = TemplateResolver(templates: templates, files: templateFiles)
        try resolver.validate()
        var packs: [String: PolicyPack] = [:]
        var packFiles: [String: String] = [:]
        for name in files.keys.sorted() where isPackFile(name) {
            let file = display(name)
            let pack = try resolver.resolve(try decode(PackFile.self, name), file: file) { keyPath in
                files[name].flatMap { StrictYAML.line(of: keyPath, in: $0) }
            }
            try requireVersion(pack.version, file: file)
            if let problem = pack.openness?.problem {
                throw .invalidValue(
                    file: file, line: files[name].flatMap { StrictYAML.valueLine(of: "openness", in: $0) },
                    reason: problem)
            }
            guard packs[pack.license.id] == nil else { throw .duplicate(file: file, id: pack.license.id) }
            for fingerprint in pack.identification?.fingerprints ?? [] where files[fingerprint] == nil {
                throw .invalidValue(file: file, line: nil, reason: "fingerprint file '\(fingerprint)' does not exist")
            }
            packs[pack.license.id] = pack
            packFiles[pack.license.id] = file
        }
        var seenRules: [String: String] = [:]
        for pack in packs.values.sorted(by: { $0.license.id < $1.license.id }) {
            try validate(pack.rules, file: packFiles[pack.license.id] ?? "", seen: &seenRules)
        }
        try validate(general.rules, file: display(generalFile), seen: &seenRules)
        for entry in registry.models {
            for license in entry.licenses where packs[license] == nil {
                throw .invalidValue(
                    file: display(registryFile), line: nil,
                    reason:
                        "registry entry \(entry.match.joined(separator: ", ")) names license '\(license)', which has no pack"
                )
            }
        }
        let baseModels =
            try files[baseModelsFile] == nil ? BaseModelTable() : decode(BaseModelTable.self, baseModelsFile)
        try requireVersion(baseModels.version, file: display(baseModelsFile))
        try BaseModelTableValidation.check(baseModels, file: display(baseModelsFile))
        var dataFiles = files.filter { $0.key.hasSuffix(".json") }.mapValues(PolicyDataFile.json)
        for (name, text) in files where name.contains("/") && !name.hasSuffix(".json") { dataFiles[name] = .yaml(text) }
        return PolicySet(
            packs: packs, general: general, registry: registry, baseModels: baseModels, dataFiles: dataFiles,
            origin: origin)
    }

    private static func isPackFile(_ name: String) -> Bool {
        (name.hasSuffix(".yml") || name.hasSuffix(".yaml")) && !name.contains("/") && name != registryFile
            && name != generalFile
    }

    /// `templates/<name>.yml`: a family template packs build on.
    private static func isTemplateFile(_ name: String) -> Bool {
        name.hasPrefix(TemplateResolver.folder) && (name.hasSuffix(".yml") || name.hasSuffix(".yaml"))
            && !name.dropFirst(TemplateResolver.folder.count).contains("/")
    }

    private static func requireVersion(_ version: Int, file: String) throws(PolicyError) {
        guard version == 1 else {
            throw .invalidValue(
                file: file, line: nil, reason: "unsupported schema version \(version) (this clearance reads version 1)")
        }
    }

    private static func validate(_ rules: [PolicyRule], file: String, seen: inout [String: String]) throws(PolicyError)
    {
        for rule in rules {
            guard isSnakeCase(rule.id) else {
                throw .invalidCheck(file: file, rule: rule.id, reason: "rule ids are snake_case")
            }
            if seen[rule.id] != nil { throw .duplicate(file: file, id: rule.id) }
            seen[rule.id] = file
            if let problem = rule.check.problem {
                throw .invalidCheck(file: file, rule: rule.id, reason: problem)
            }
        }
    }

    private static func isSnakeCase(_ id: String) -> Bool {
        !id.isEmpty
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
