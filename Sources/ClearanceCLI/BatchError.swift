/// Why a batch could not run at all (exit status 2); a bundle that cannot be read is not one.
enum BatchError: Error, Equatable, CustomStringConvertible {
    /// The bundle list cannot be opened or read.
    case unreadableList(String, reason: String)
    /// A line of the list is longer than any path.
    case lineTooLong(String, line: Int, limit: Int)
    /// The report format has no JSON Lines form.
    case unsupportedFormat(String)
    /// A bundle was given on the command line as well as a list.
    case bundleAndList
    /// An option that shapes one bundle's report was given with a list.
    case singleBundleOption(String)

    var description: String {
        switch self {
        case .unreadableList(let name, let reason): "\(name): cannot read the bundle list: \(reason)"
        case .lineTooLong(let name, let line, let limit): "\(name): line \(line) is longer than \(limit) bytes"
        case .unsupportedFormat(let format):
            "--batch writes JSON Lines with a text or json summary; --format \(format) is for one bundle"
        case .bundleAndList: "give either a bundle or --batch FILE, not both"
        case .singleBundleOption(let option):
            "\(option) shapes one bundle's report; --batch writes one JSON report per line"
        }
    }
}
