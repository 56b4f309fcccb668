import BundleModel

/// Judges one imported global safe, dangerous or unknown.
enum PickleGlobalPolicy {
    /// The safety of `module.name`. A rule on a module also covers its submodules, so
    /// `http.client` is judged by the rule on `http`. A dotted name that walks through a dunder
    /// attribute or a dangerous module (`_utils.os.system`) is dangerous whatever its module.
    static func safety(module: String, name: String) -> PickleSafety {
        if isDangerous(module: module, name: name) { return .dangerous }
        if PickleGlobalLists.safe[module]?.contains(name) == true { return .safe }
        return .unknown
    }

    private static func isDangerous(module: String, name: String) -> Bool {
        let moduleParts = module.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let nameParts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if nameParts.contains(where: { $0.hasPrefix("__") }) { return true }
        if nameParts.contains(where: PickleGlobalLists.dangerousPathComponents.contains) { return true }
        for length in stride(from: moduleParts.count, through: 1, by: -1) {
            let prefix = moduleParts.prefix(length).joined(separator: ".")
            switch PickleGlobalLists.dangerous[prefix] {
            case .everything?:
                return true
            case .names(let names)? where length == moduleParts.count:
                if names.contains(where: { name == $0 || name.hasPrefix($0 + ".") }) { return true }
            default:
                continue
            }
        }
        return false
    }
}
