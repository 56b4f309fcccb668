/// File names of checkpoint shards (`model-00001-of-00004.safetensors`) and the folders they sit in.
enum ShardFileName {
    /// Whether `name` (a file name, no folder) is `<prefix>-<digits>-of-<digits>.<ext>`.
    static func isShard(_ name: String, extension ext: String) -> Bool {
        let lower = name.lowercased()
        guard lower.hasSuffix("." + ext) else { return false }
        let parts = lower.dropLast(ext.count + 1).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts.dropLast(3).contains(where: { !$0.isEmpty }) else { return false }
        let isNumber = { (part: Substring) in !part.isEmpty && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
        }
        return isNumber(parts[parts.count - 1]) && parts[parts.count - 2] == "of" && isNumber(parts[parts.count - 3])
    }

    /// The folder part of a bundle path (`""` at the root); nested paths keep their `archive!` part.
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(Substring(path.utf8[..<slash]))
    }

    /// The file name part of a bundle path.
    ///
    /// Looked up byte by byte: it is asked for every entry, and a search by `Character` costs
    /// more than the rest of naming it.
    static func fileName(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(Substring(path.utf8[path.utf8.index(after: slash)...]))
    }

    /// `name`, as an index writes it, placed in `folder`.
    static func path(of name: String, in folder: String) -> String {
        var relative = Substring(name)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        return folder.isEmpty ? String(relative) : folder + "/" + relative
    }
}
