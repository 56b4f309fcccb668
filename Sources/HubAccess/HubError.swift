/// Why a Hub repository could not be read. Each case names the bundle; none carries the token.
public enum HubError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `hf://…` does not name a repository.
    case invalidReference(String, reason: String)
    /// The server answered with an HTTP error the check cannot get past.
    case refused(bundle: String, status: Int, reason: String)
    /// The server could not be reached, or kept failing after retries.
    case unreachable(bundle: String, reason: String)
    /// The server's answer is not what the Hub answers.
    case malformed(bundle: String, reason: String)
    /// libcurl, which reads Hub repositories, could not be opened (none of `libraries` loads).
    case libcurlUnavailable(bundle: String, libraries: [String], reason: String)
    /// Inspecting a file would need more of it than is fetched from one file.
    case fileTooLarge(bundle: String, path: String, limit: UInt64)

    /// One line naming the bundle and the cause.
    public var description: String {
        switch self {
        case .invalidReference(let text, let reason): "\(text): not a Hub repository: \(reason)"
        case .refused(let bundle, let status, let reason): "\(bundle): the Hub refused (HTTP \(status)): \(reason)"
        case .unreachable(let bundle, let reason): "\(bundle): the Hub could not be reached: \(reason)"
        case .malformed(let bundle, let reason): "\(bundle): unexpected answer from the Hub: \(reason)"
        case .libcurlUnavailable(let bundle, let libraries, let reason):
            "\(bundle): hf:// bundles need libcurl, and \(libraries.joined(separator: " or ")) could not be loaded"
                + " (\(reason)): install libcurl4"
        case .fileTooLarge(let bundle, let path, let limit):
            "\(bundle): \(path): inspecting it needs more than the \(limit >> 20) MiB read from one file; download the repository and check the folder"
        }
    }
}
