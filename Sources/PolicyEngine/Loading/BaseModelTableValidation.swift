/// Checks the base-model table against itself: ids are unique, and every tokenizer and
/// indistinguishable base or variant's base a base names exists.
enum BaseModelTableValidation {
    static func check(_ table: BaseModelTable, file: String) throws(PolicyError) {
        var seen = Set<String>()
        for id in table.tokenizers.map(\.id) + table.bases.map(\.id) + table.diffusion.map(\.id) {
            guard seen.insert(id).inserted else { throw .duplicate(file: file, id: id) }
        }
        let tokenizers = Set(table.tokenizers.map(\.id))
        let bases = Set(table.bases.map(\.id))
        for base in table.bases {
            if let tokenizer = base.tokenizer, !tokenizers.contains(tokenizer) {
                throw .invalidValue(
                    file: file, line: nil,
                    reason: "base \(base.id) names tokenizer '\(tokenizer)', which the table does not have")
            }
            for other in base.indistinguishableFrom ?? [] where !bases.contains(other.base) {
                throw .invalidValue(
                    file: file, line: nil,
                    reason: "base \(base.id) is indistinguishable from '\(other.base)', which the table does not have")
            }
            if let variantOf = base.variantOf, !bases.contains(variantOf) {
                throw .invalidValue(
                    file: file, line: nil,
                    reason: "base \(base.id) is a variant of '\(variantOf)', which the table does not have")
            }
            guard !base.licenses.isEmpty else {
                throw .invalidValue(file: file, line: nil, reason: "base \(base.id) names no license")
            }
        }
    }
}
