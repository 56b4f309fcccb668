import BundleModel
import PolicyEngine

/// A check's remedies gathered by what they change, each with every rule it satisfies: rules that
/// ask for the same thing (a license copy and its intact text, a display line) get one change.
struct RemedyGroups {
    /// A remedy and the rules it satisfies.
    struct Item<Value> {
        var value: Value
        var rules: [String]
    }

    /// License documents by license and document, with every file that holds a copy to replace.
    var documents: [Item<(remedy: LicenseDocumentRemedy, replacing: [String])>] = []
    var notices: [Item<RequiredNotice>] = []
    var licenses: [Item<CardLicenseRemedy>] = []
    var baseModels: Item<(models: [String], relation: String?)>?
    var relation: Item<String>?
    var statements: [Item<String>] = []
    /// What only a person may do (renaming the model), to be listed as to-dos.
    var suggestions: [Item<String>] = []

    init(_ remedies: [RuleRemedy]) {
        for remedy in remedies { add(remedy) }
    }

    private mutating func add(_ rule: RuleRemedy) {
        let id = rule.ruleId
        switch rule.remedy {
        case .noticeLine(let licenseID, let text):
            Self.merge(RequiredNotice(licenseID: licenseID, text: text), id, into: &notices, same: ==)
        case .licenseDocument(let document):
            let index =
                documents.firstIndex {
                    $0.value.remedy.licenseID == document.licenseID && $0.value.remedy.document == document.document
                } ?? documents.endIndex
            if index == documents.endIndex { documents.append(Item(value: (document, []), rules: [])) }
            for link in document.links where !documents[index].value.remedy.links.contains(link) {
                documents[index].value.remedy.links.append(link)
            }
            if let path = document.replacing { documents[index].value.replacing.appendUnique(path) }
            documents[index].rules.appendUnique(id)
        case .cardLicense(let license):
            Self.merge(license, id, into: &licenses, same: ==)
        case .cardBaseModels(let models, let relation):
            if baseModels == nil { baseModels = Item(value: (models, relation), rules: []) }
            baseModels?.rules.appendUnique(id)
        case .cardRelation(let value):
            if relation == nil { relation = Item(value: value, rules: []) }
            relation?.rules.appendUnique(id)
        case .cardStatement(let text):
            Self.merge(text, id, into: &statements, same: ==)
        case .suggestion(let text):
            Self.merge(text, id, into: &suggestions, same: ==)
        }
    }

    /// Adds `rule` to the item holding `value`, or a new item.
    static func merge<Value>(
        _ value: Value, _ rule: String, into items: inout [Item<Value>],
        same: (Value, Value) -> Bool
    ) {
        if let index = items.firstIndex(where: { same($0.value, value) }) {
            items[index].rules.appendUnique(rule)
        } else {
            items.append(Item(value: value, rules: [rule]))
        }
    }
}

extension Array where Element == String {
    mutating func appendUnique(_ value: String) {
        if !contains(value) { append(value) }
    }
}
