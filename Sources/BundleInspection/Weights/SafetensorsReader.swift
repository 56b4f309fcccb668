import ArchiveIO
import BundleModel
import Foundation

/// Reads the header of a safetensors file: an 8-byte little-endian length, then that many bytes
/// of JSON. Nothing after the header is read; the reader skips the tensor data.
enum SafetensorsReader {
    /// The longest JSON header accepted, checked before anything is allocated for it. The format
    /// allows 100 MB, but decoding takes about ten times a header's size and reading a bundle
    /// must fit in 64 MiB; 2 MiB holds some 25,000 tensors, far more than any real file has.
    static let maxHeaderLength: UInt64 = 2 << 20

    /// The entry's header as metadata, its problems as defects.
    static func analyze(_ entry: BundleEntry) throws -> EntryAnalysis {
        try read(entry.content, declaredSize: entry.header.declaredSize).analysis(
            at: entry.path, storedAt: \.safetensors)
    }

    /// Reads the header from `stream`. Throws only when the stream itself fails.
    ///
    /// - Parameter declaredSize: the entry's size, when the container declares it; otherwise the
    ///   rest of the entry is consumed to learn it.
    static func read(
        _ stream: some EntryByteStream, declaredSize: UInt64?
    ) throws -> WeightsHeaderReading<SafetensorsInfo> {
        do {
            let (header, length) = try readHeader(stream, declaredSize: declaredSize)
            let entrySize = try declaredSize ?? stream.drain()
            return SafetensorsLayout(header: header, headerLength: length).check(entrySize: entrySize)
        } catch let problem as WeightsHeaderProblem {
            return WeightsHeaderReading(header: nil, problems: [problem])
        }
    }

    private static func readHeader(
        _ stream: some EntryByteStream, declaredSize: UInt64?
    ) throws -> (SafetensorsHeader, UInt64) {
        let lengthField = try stream.read(8)
        guard lengthField.count == 8 else {
            throw WeightsHeaderProblem.corrupt(
                "the file is \(lengthField.count) bytes long, too short for the 8-byte header length")
        }
        let length = lengthField.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard length <= maxHeaderLength else {
            throw WeightsHeaderProblem.corrupt(
                "the header length field says \(length) bytes, more than the \(maxHeaderLength) a reader accepts")
        }
        if let declaredSize, length > declaredSize - min(declaredSize, 8) {
            throw WeightsHeaderProblem.corrupt(
                "the header length field says \(length) bytes, but the file holds only \(declaredSize - min(declaredSize, 8)) after it"
            )
        }
        let json = try stream.read(Int(length))
        guard json.count == Int(length) else {
            throw WeightsHeaderProblem.corrupt(
                "the file ends after \(json.count) of the \(length) bytes of its JSON header")
        }
        guard json.first == UInt8(ascii: "{") else {
            throw WeightsHeaderProblem.corrupt("the JSON header does not start with '{'")
        }
        return (try decode(json), length)
    }

    private static func decode(_ json: [UInt8]) throws -> SafetensorsHeader {
        do {
            return try json.withDataView { try JSONDecoder().decode(SafetensorsHeader.self, from: $0) }
        } catch let error as DecodingError {
            throw WeightsHeaderProblem.corrupt(
                "the JSON header is not a valid safetensors header: \(JSONProblemDescription.describe(error))")
        }
    }
}
