/// Where a relative link leads, worked out from names alone (nothing on disk is asked).
public enum LinkTarget {
    /// The path `target` leads to from a link in `folder` (its path components), or nil when an
    /// absolute target or a `..` climbs out above the place `folder` is counted from.
    public static func resolve(_ target: String, from folder: [String]) -> [String]? {
        guard !target.hasPrefix("/") else { return nil }
        var stack = folder
        for part in target.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !stack.isEmpty else { return nil }
                stack.removeLast()
            default: stack.append(String(part))
            }
        }
        return stack
    }
}
