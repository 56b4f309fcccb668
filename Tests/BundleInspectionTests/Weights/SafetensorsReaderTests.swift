import BundleModel
import Testing

@testable import BundleInspection

/// The safetensors header reader, on a file written by the safetensors library and on headers
/// built by hand to break one rule at a time.
@Suite struct SafetensorsReaderTests {
    /// Reads `bytes` as an entry whose container declares its size, or (`sized: false`) does not.
    private func read(_ bytes: [UInt8], sized: Bool = true) throws -> WeightsHeaderReading<SafetensorsInfo> {
        try SafetensorsReader.read(MemoryByteStream(bytes), declaredSize: sized ? UInt64(bytes.count) : nil)
    }

    @Test func readsTheReferenceFileExactly() throws {
        let reading = try read(try WeightsFixtures.bytes("single.safetensors"))
        #expect(reading.problems.isEmpty)
        #expect(
            reading.header
                == SafetensorsInfo(
                    headerLength: 456, tensorCount: 5, dtypes: ["BOOL": 1, "F16": 1, "F32": 2, "I64": 1],
                    parameterCount: 46,
                    metadata: ["base_model": "meta-llama/Llama-3.1-8B", "format": "pt", "license": "llama3.1"],
                    dataLength: 135,
                    lineageShapes: ["model.embed_tokens.weight": [8, 4]]
                ))
    }

    @Test func readsNothingBeyondTheHeader() throws {
        let stream = MemoryByteStream(try WeightsFixtures.bytes("single.safetensors"))
        _ = try SafetensorsReader.read(stream, declaredSize: 599)
        #expect(stream.consumed == 8 + 456)
    }

    @Test func learnsTheSizeByDrainingWhenTheContainerDoesNotDeclareIt() throws {
        let bytes = try WeightsFixtures.bytes("single.safetensors")
        #expect(try read(bytes, sized: false).problems.isEmpty)
        #expect(try read(Array(bytes.dropLast()), sized: false).problems.map(\.kind) == [.weightsSizeMismatch])
    }

    @Test func notesAnUnknownDtypeWithoutCheckingItsSize() throws {
        let file = LittleEndianBytes.safetensors(
            json: #"{"a":{"dtype":"F128X","shape":[2],"data_offsets":[0,5]}}"#, data: [0, 0, 0, 0, 0])
        let reading = try read(file)
        #expect(reading.problems.isEmpty)
        #expect(reading.header?.unknownDtypes == ["F128X"])
        #expect(reading.header?.parameterCount == 2)
    }

    @Test func boundsTheMetadataItKeeps() throws {
        let entries = (0..<1100).map { #""k\#($0)":"v""# } + [#""long":"\#(String(repeating: "é", count: 3000))""#]
        let json = "{\"__metadata__\":{" + entries.joined(separator: ",") + "}}"
        let metadata = try #require(try read(LittleEndianBytes.safetensors(json: json, data: [])).header?.metadata)
        #expect(metadata.count == 1024)
        #expect(metadata["long"] == nil)
        #expect(metadata["k0"] == "v")
        let long = try read(
            LittleEndianBytes.safetensors(
                json: #"{"__metadata__":{"long":"\#(String(repeating: "é", count: 3000))"}}"#, data: []))
        #expect(long.header?.metadata["long"] == String(repeating: "é", count: 2048) + "…")
    }

    @Test(arguments: [
        (#"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}}"#, 4, "holds 4 bytes, but 2 F32 elements take 8"),
        (#"{"a":{"dtype":"F4","shape":[3],"data_offsets":[0,2]}}"#, 2, "do not fill a whole number of bytes"),
        (#"{"a":{"dtype":"U8","shape":[2],"data_offsets":[2,4]}}"#, 4, "leaving a gap after byte 0"),
        (
            #"{"a":{"dtype":"U8","shape":[2],"data_offsets":[0,2]},"b":{"dtype":"U8","shape":[2],"data_offsets":[1,3]}}"#,
            3, "inside the tensor that ends at byte 2"
        ),
        (#"{"a":{"dtype":"U8","shape":[2],"data_offsets":[4,2]}}"#, 0, "before it starts"),
        (#"{"a":{"dtype":"U8","shape":[4294967296,4294967296],"data_offsets":[0,1]}}"#, 1, "overflows 64 bits"),
    ])
    func reportsAnInconsistentTensor(json: String, dataLength: Int, message: String) throws {
        let reading = try read(LittleEndianBytes.safetensors(json: json, data: Array(repeating: 0, count: dataLength)))
        #expect(reading.problems.allSatisfy { $0.kind == .corruptWeightsHeader })
        #expect(reading.problems.contains { $0.message.contains(message) }, "\(reading.problems)")
    }

    @Test func reportsDataThatDoesNotEndWithTheFile() throws {
        let json = #"{"a":{"dtype":"U8","shape":[4],"data_offsets":[0,4]}}"#
        let long = try read(LittleEndianBytes.safetensors(json: json, data: [1, 2, 3, 4, 5, 6]))
        #expect(
            long.problems == [
                .sizeMismatch(
                    "the header describes 4 bytes of tensor data, but 6 follow it: 2 bytes belong to no tensor")
            ])
        let short = try read(LittleEndianBytes.safetensors(json: json, data: [1, 2]))
        #expect(
            short.problems == [
                .sizeMismatch(
                    "the header describes 4 bytes of tensor data, but only 2 follow it: the file is truncated or the header is wrong"
                )
            ])
    }

    @Test(arguments: [
        (#"["not an object"]"#, "does not start with '{'"),
        (#"{"a": "#, "not well-formed JSON"),
        (#"{"__metadata__":{"format":1}}"#, "'__metadata__.format'"),
        (#"{"a":{"dtype":"U8","shape":[-1],"data_offsets":[0,0]}}"#, "not a whole number in range"),
        (#"{"a":{"dtype":"U8","shape":"2","data_offsets":[0,0]}}"#, "at 'a.shape'"),
        (#"{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1,2]}}"#, "exactly two numbers"),
        (#"{"a":{"shape":[1],"data_offsets":[0,1]}}"#, "the key 'dtype' is missing"),
    ])
    func reportsAHeaderThatIsNotSafetensorsJSON(json: String, message: String) throws {
        let reading = try read(LittleEndianBytes.safetensors(json: json, data: []))
        #expect(reading.header == nil)
        let problem = try #require(reading.problems.first)
        #expect(problem.kind == .corruptWeightsHeader)
        #expect(problem.message.contains(message), "\(problem.message)")
    }

    @Test func refusesAHeaderLengthBeyondTheCapBeforeReadingIt() throws {
        var file = LittleEndianBytes()
        file.append(UInt64(1) << 60)
        file.append(Array("{}".utf8))
        let stream = MemoryByteStream(file.bytes)
        let reading = try SafetensorsReader.read(stream, declaredSize: nil)
        #expect(reading.problems.map(\.kind) == [.corruptWeightsHeader])
        #expect(
            reading.problems.first?.message.contains(
                "\(UInt64(1) << 60) bytes, more than the \(SafetensorsReader.maxHeaderLength)") == true)
        #expect(stream.largestReadRequest == 8)
    }

    @Test func refusesAHeaderLengthBeyondTheFile() throws {
        var file = LittleEndianBytes()
        file.append(UInt64(1000))
        file.append(Array("{}".utf8))
        let stream = MemoryByteStream(file.bytes)
        let reading = try SafetensorsReader.read(stream, declaredSize: 10)
        #expect(
            reading.problems == [
                .corrupt("the header length field says 1000 bytes, but the file holds only 2 after it")
            ])
        #expect(stream.largestReadRequest == 8)
    }
}
