/// A canonical sentence found in a document: the words `start..<end` of the document are
/// sentence `sentence` of fingerprint `fingerprint`.
struct SentenceHit: Equatable {
    var start: Int
    var end: Int
    var fingerprint: Int
    var sentence: Int

    /// The number of words it covers.
    var words: Int { end - start }
}
