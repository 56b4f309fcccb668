import BundleModel
import Foundation

/// Encodes reports as stable, human-diffable JSON: sorted keys, two-space indentation.
public enum JSONOutput {
    /// The JSON text of `value`, ending with a newline.
    public static func string(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// The same text as `string(document)`, for a document whose top-level `artifacts` may list
    /// hundreds of thousands of files: the artifacts are encoded one at a time into the document
    /// encoded without them, so the encoder never holds them all in its intermediate form.
    ///
    /// - Parameters:
    ///   - withoutArtifacts: the document with an empty `artifacts` array.
    ///   - artifacts: the artifacts it lists.
    public static func string(_ withoutArtifacts: some Encodable, artifacts: [Artifact]) throws -> String {
        var text = ""
        try write(withoutArtifacts, artifacts: artifacts) { text += $0 }
        return text
    }

    /// Hands the text of `string(withoutArtifacts, artifacts:)` to `sink` piece by piece, so it
    /// can go to a file or a pipe without ever being held whole.
    public static func write(
        _ withoutArtifacts: some Encodable, artifacts: [Artifact], to sink: (String) throws -> Void
    ) throws {
        let frame = try string(withoutArtifacts)
        let marker = "\n  \"artifacts\" : [\n\n  ]"
        guard !artifacts.isEmpty, let slot = frame.range(of: marker) else { return try sink(frame) }
        try sink(String(frame[..<slot.lowerBound]) + "\n  \"artifacts\" : [\n")
        let encoder = self.encoder
        var piece = ""
        // Encoded a few hundred at a time: as an array, each element's lines are indented by two
        // spaces, and they need four; the array's own brackets are dropped.
        for start in stride(from: 0, to: artifacts.count, by: 512) {
            let batch = artifacts[start..<min(start + 512, artifacts.count)]
            let array = String(decoding: try encoder.encode(Array(batch)), as: UTF8.self)
            let lines = array.split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines.dropFirst().dropLast() {
                piece += "  "
                piece += line
                piece += "\n"
            }
            if start + 512 < artifacts.count { piece.insert(",", at: piece.index(before: piece.endIndex)) }
            try sink(piece)
            piece = ""
        }
        try sink(piece + "  ]" + frame[slot.upperBound...])
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }
}
