/// What the scanner remembers about one value on the pickle's stack or in its memo: only what
/// can name or reveal a global. Everything else is opaque.
enum PickleValue: Equatable {
    /// A string short enough to keep (a candidate module or name for `STACK_GLOBAL`).
    case text(String)
    /// An imported global, by its index among the scan's globals.
    case global(Int)
    /// The result of calling or instantiating the global at that index.
    case made(by: Int)
    /// Anything else.
    case opaque

    /// The index of the global this value is or was made by.
    var globalIndex: Int? {
        switch self {
        case .global(let index), .made(by: let index): index
        case .text, .opaque: nil
        }
    }
}
