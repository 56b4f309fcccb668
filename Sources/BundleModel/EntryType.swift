/// What kind of file-system object an entry of a bundle is.
public enum EntryType: String, Codable, Sendable {
    case file
    case directory
    case symlink
    case hardlink
    /// A device node, FIFO or socket: never content a release should ship.
    case special
}
