extension Array {
    /// nil for an empty array, so that an optional JSON member is left out rather than written `[]`.
    var nilIfEmpty: Self? {
        isEmpty ? nil : self
    }
}
