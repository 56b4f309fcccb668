import Foundation

/// Builds the packs that `extends:` family templates: their inherited rules (renamed with the
/// pack's prefix, adjusted and with the placeholders filled), then their own.
///
/// Templates may extend templates; a cycle, a chain deeper than `maxDepth`, an unknown template, a
/// rule key two templates define, an adjustment of a rule the pack does not inherit and a
/// placeholder left unfilled are errors that name the file and, in YAML, the line.
struct TemplateResolver {
    static let maxDepth = 8
    static let folder = "templates/"

    /// Templates by name.
    let templates: [String: PolicyTemplate]
    /// The file each template was read from, as errors name it.
    let files: [String: String]

    /// The templates a pack (or a template) builds on, parents first, each once.
    func chain(_ names: [String], file: String, line: Int?, visiting: [String] = []) throws(PolicyError) -> [String] {
        var order: [String] = []
        for name in names {
            guard !visiting.contains(name) else {
                throw .invalidValue(file: file, line: line, reason: Message.cycle(visiting + [name]))
            }
            guard visiting.count < Self.maxDepth else {
                throw .invalidValue(file: file, line: line, reason: Message.tooDeep(visiting + [name]))
            }
            guard let template = templates[name] else {
                throw .invalidValue(
                    file: file, line: line, reason: Message.unknown(name, known: templates.keys.sorted()))
            }
            let parents = try chain(
                template.extends ?? [], file: files[name] ?? file, line: nil, visiting: visiting + [name])
            for inherited in parents + [name] where !order.contains(inherited) { order.append(inherited) }
        }
        return order
    }

    /// Checks every template on its own: its name, its chain and its rule keys.
    func validate() throws(PolicyError) {
        for name in templates.keys.sorted() {
            let file = files[name] ?? name
            guard let template = templates[name] else { continue }
            guard "\(Self.folder)\(template.name).yml" == file.split(separator: "/").suffix(2).joined(separator: "/")
            else {
                throw .invalidValue(file: file, line: nil, reason: Message.misnamed(template.name))
            }
            _ = try inheritedRules(of: try chain([name], file: file, line: nil), file: file, line: nil)
        }
    }

    /// The pack a file describes, with its templates' rules.
    func resolve(_ pack: PackFile, file: String, line: (_ keyPath: [String]) -> Int?) throws(PolicyError) -> PolicyPack
    {
        guard let extends = pack.extends, !extends.isEmpty else {
            if pack.adjust != nil || pack.parameters != nil {
                throw .invalidValue(
                    file: file, line: line(["adjust"]) ?? line(["parameters"]), reason: Message.nothingToAdjust)
            }
            return pack.standalone
        }
        let order = try chain(extends, file: file, line: line(["extends"]))
        var inherited = try inheritedRules(of: order, file: file, line: line(["extends"]))
        for key in (pack.adjust ?? [:]).keys.sorted() where !inherited.contains(where: { $0.id == key }) {
            throw .invalidValue(file: file, line: line(["adjust", key]), reason: Message.notInherited(key, order))
        }
        let prefix = Self.rulePrefix(pack.license.id)
        inherited = inherited.compactMap { rule in
            let patch = pack.adjust?[rule.id]
            guard patch?.omit != true else { return nil }
            var adjusted = patch?.applied(to: rule) ?? rule
            adjusted.id = "\(prefix)_\(rule.id)"
            return adjusted
        }
        let values = try placeholderValues(pack, file: file, line: line(["parameters"]))
        let rules = try fill(inherited + (pack.rules ?? []), with: values, file: file, line: line(["extends"]))
        var license = pack.license
        for name in order {
            guard let defaults = templates[name]?.defaults else { continue }
            license.permissive = pack.license.permissive ?? defaults.permissive ?? license.permissive
            license.nonCommercial = pack.license.nonCommercial ?? defaults.nonCommercial ?? license.nonCommercial
            license.noAddedRestrictions =
                pack.license.noAddedRestrictions ?? defaults.noAddedRestrictions
                ?? license.noAddedRestrictions
        }
        return PolicyPack(
            version: pack.version, license: license, identification: pack.identification,
            notices: pack.notices, noticesByText: pack.noticesByText, rules: rules, openness: pack.openness,
            templates: order)
    }

    /// `cc-by-sa-4.0` → `cc_by_sa_4_0`: the prefix of the rule ids a pack inherits.
    static func rulePrefix(_ licenseID: String) -> String {
        let mapped = licenseID.lowercased().unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
        }
        return String(mapped).split(separator: "_").joined(separator: "_")
    }

    private func inheritedRules(of order: [String], file: String, line: Int?) throws(PolicyError) -> [PolicyRule] {
        var rules: [PolicyRule] = []
        var owners: [String: String] = [:]
        for name in order {
            for rule in templates[name]?.rules ?? [] {
                if let owner = owners[rule.id] {
                    throw .invalidValue(file: file, line: line, reason: Message.keyTwice(rule.id, owner, name))
                }
                owners[rule.id] = name
                rules.append(rule)
            }
        }
        return rules
    }

    /// The placeholders' values: the pack's parameters first, since they may name the license's own
    /// values (`${citation}`), which are filled after them.
    private func placeholderValues(_ pack: PackFile, file: String, line: Int?) throws(PolicyError) -> [(String, String)]
    {
        var own = [
            ("id", pack.license.id), ("name", pack.license.name), ("citation", pack.license.citation),
            ("url", pack.license.url),
        ]
        if let spdx = pack.license.spdx { own.append(("spdx", spdx)) }
        let parameters = (pack.parameters ?? [:]).sorted { $0.key < $1.key }
        for (key, _) in parameters where own.contains(where: { $0.0 == key }) {
            throw .invalidValue(file: file, line: line, reason: Message.builtinParameter(key))
        }
        return parameters.map { ($0.key, $0.value) } + own
    }

    /// Fills `${name}` placeholders in every string of the rules, through their JSON form.
    private func fill(
        _ rules: [PolicyRule], with values: [(String, String)], file: String, line: Int?
    ) throws(PolicyError)
        -> [PolicyRule]
    {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        var filled: [String] = []
        for rule in rules {
            guard let data = try? encoder.encode(rule) else {
                throw .invalidValue(file: file, line: line, reason: Message.unencodable(rule.id))
            }
            var json = String(decoding: data, as: UTF8.self)
            for (key, value) in values where json.contains("${\(key)}") {
                let escaped = (try? encoder.encode(value)).map {
                    String(decoding: $0, as: UTF8.self).dropFirst().dropLast()
                }
                json = json.replacingOccurrences(of: "${\(key)}", with: String(escaped ?? ""))
            }
            if let start = json.range(of: "${") {
                let name = json[start.upperBound...].prefix { $0 != "}" }
                throw .invalidValue(file: file, line: line, reason: Message.unfilled(String(name), rule: rule.id))
            }
            filled.append(json)
        }
        do {
            return try JSONDecoder().decode([PolicyRule].self, from: Data("[\(filled.joined(separator: ","))]".utf8))
        } catch {
            throw .invalidValue(file: file, line: line, reason: Message.undecodable(error))
        }
    }
}

// MARK: - Messages

extension TemplateResolver {
    fileprivate enum Message {
        static func cycle(_ names: [String]) -> String {
            "templates extend each other in a cycle: \(names.joined(separator: " → "))"
        }

        static func tooDeep(_ names: [String]) -> String {
            "templates extend each other more than \(maxDepth) levels deep: \(names.joined(separator: " → "))"
        }

        static func unknown(_ name: String, known: [String]) -> String {
            "unknown template '\(name)' (policies/\(folder) has \(known.joined(separator: ", ")))"
        }

        static func misnamed(_ name: String) -> String {
            "the template named '\(name)' must be the file \(folder)\(name).yml"
        }

        static var nothingToAdjust: String {
            "adjust and parameters apply to inherited rules, but the pack extends no template"
        }

        static func notInherited(_ key: String, _ order: [String]) -> String {
            "adjust names '\(key)', which none of the templates \(order.joined(separator: ", ")) defines"
        }

        static func keyTwice(_ key: String, _ first: String, _ second: String) -> String {
            "the rule key '\(key)' is defined by both template \(first) and template \(second)"
        }

        static func builtinParameter(_ key: String) -> String {
            "parameter '\(key)' is the license's own value and cannot be set in parameters"
        }

        static func unfilled(_ name: String, rule: String) -> String {
            "rule \(rule) has the placeholder ${\(name)}, which the pack does not fill (give it in adjust or parameters)"
        }

        static func unencodable(_ rule: String) -> String {
            "rule \(rule) cannot be encoded to fill its placeholders"
        }

        static func undecodable(_ error: any Error) -> String {
            "the rules do not decode once their placeholders are filled: \(error)"
        }
    }
}
