import BundleModel
import Testing

@testable import BundleInspection

/// Headers built to make a reader allocate, loop or skip without end. Each must finish at once,
/// ask the stream for nothing large, and end in a defect: never a crash, never a thrown error.
@Suite struct HostileWeightsHeaderTests {
    /// The most one `read` may ask for: a cursor chunk, never a length taken from the file.
    static let largestAllowedRead = GGUFCursor.chunkSize

    private func readGGUF(
        _ bytes: [UInt8], declared: Bool = true
    ) throws -> (WeightsHeaderReading<GGUFInfo>, MemoryByteStream) {
        let stream = MemoryByteStream(bytes)
        let reading = try GGUFReader.read(stream, declaredSize: declared ? UInt64(bytes.count) : nil)
        return (reading, stream)
    }

    /// A v3 header with one key-value, `general.name`, whose type and value `body` writes.
    private func oneKeyValue(_ body: (inout LittleEndianBytes) -> Void) -> [UInt8] {
        var file = LittleEndianBytes.ggufPreamble(keyValues: 1)
        file.appendString("general.name")
        body(&file)
        file.append(Array(repeating: 0, count: 64))
        return file.bytes
    }

    private static let hostileGGUF: [(String, @Sendable (inout LittleEndianBytes) -> Void, String)] = [
        (
            "string length 2^62",
            {
                $0.append(UInt32(8)); $0.append(UInt64(1) << 62)
            }, "more than the 16777216 a reader accepts"
        ),
        (
            "string longer than the file",
            {
                $0.append(UInt32(8)); $0.append(UInt64(1) << 20)
            }, "inside its header"
        ),
        (
            "array count 2^40",
            {
                $0.append(UInt32(9)); $0.append(UInt32(0)); $0.append(UInt64(1) << 40)
            }, "array of 1099511627776 uint8 values"
        ),
        (
            "array count 2^62 of uint64",
            {
                $0.append(UInt32(9)); $0.append(UInt32(10)); $0.append(UInt64(1) << 62)
            }, "array of 4611686018427387904 uint64"
        ),
        (
            "array of 2^40 strings",
            {
                $0.append(UInt32(9)); $0.append(UInt32(8)); $0.append(UInt64(1) << 40)
            }, "array of 1099511627776 string values"
        ),
        ("unknown value type", { $0.append(UInt32(13)) }, "unknown value type 13"),
        (
            "unknown array element type",
            {
                $0.append(UInt32(9)); $0.append(UInt32(0xFFFF_FFFF))
            }, "unknown value type 4294967295"
        ),
        (
            "arrays nested 9 deep",
            { file in
                file.append(UInt32(9))
                for _ in 0..<9 { file.append(UInt32(9)); file.append(UInt64(1)) }
            }, "nests arrays more than 8 deep"
        ),
    ]

    @Test(arguments: 0..<hostileGGUF.count)
    func ggufValueEndsInADefect(index: Int) throws {
        let (name, body, message) = Self.hostileGGUF[index]
        let clock = ContinuousClock()
        let start = clock.now
        let (reading, stream) = try readGGUF(oneKeyValue(body))
        #expect(clock.now - start < .seconds(1), "\(name)")
        #expect(stream.largestReadRequest <= Self.largestAllowedRead, "\(name)")
        let problem = try #require(reading.problems.last, "\(name)")
        #expect(problem.kind == .corruptWeightsHeader, "\(name)")
        #expect(problem.message.contains(message), "\(name): \(problem.message)")
    }

    @Test func ggufKeyLengthBeyondTheCap() throws {
        var file = LittleEndianBytes.ggufPreamble(keyValues: 1)
        file.append(UInt64.max)
        let (reading, stream) = try readGGUF(file.bytes + Array(repeating: 0, count: 64))
        #expect(
            reading.problems == [.corrupt("a key is \(UInt64.max) bytes long, more than the 65536 a reader accepts")])
        #expect(stream.largestReadRequest <= Self.largestAllowedRead)
    }

    @Test(arguments: [(UInt64(1) << 40, UInt64(0)), (0, 1 << 40), (UInt64.max, UInt64.max)])
    func ggufCountsBeyondTheFile(keyValues: UInt64, tensors: UInt64) throws {
        let file =
            LittleEndianBytes.ggufPreamble(tensors: tensors, keyValues: keyValues).bytes
            + Array(repeating: 0, count: 64)
        for declared in [true, false] {
            let (reading, stream) = try readGGUF(file, declared: declared)
            #expect(reading.problems.map(\.kind) == [.corruptWeightsHeader])
            #expect(reading.problems.first?.message.contains("more than") == true)
            #expect(stream.largestReadRequest <= Self.largestAllowedRead)
        }
    }

    @Test func ggufKeyValueCountBeyondTheCapWithinTheFile() throws {
        let file = LittleEndianBytes.ggufPreamble(keyValues: 100_000).bytes + Array(repeating: 0, count: 100_000 * 13)
        let (reading, _) = try readGGUF(file)
        #expect(
            reading.problems == [
                .corrupt("the header declares 100000 key-values, more than the 65536 a reader accepts")
            ])
    }

    @Test func ggufTensorWithTooManyDimensions() throws {
        var file = LittleEndianBytes.ggufPreamble(tensors: 1, keyValues: 0)
        file.appendString("t")
        file.append(UInt32.max)
        let (reading, _) = try readGGUF(file.bytes + Array(repeating: 0, count: 64))
        #expect(reading.problems == [.corrupt("tensor 't' has 4294967295 dimensions; ggml allows at most 4")])
    }

    @Test func ggufHeaderBeyondTheBudget() throws {
        var limits = GGUFLimits.standard
        limits.maxHeaderBytes = 1024
        var file = LittleEndianBytes.ggufPreamble(keyValues: 1)
        file.appendString("k")
        file.append(UInt32(8))
        file.appendString(String(repeating: "x", count: 2000))
        let reading = try GGUFReader.read(MemoryByteStream(file.bytes), declaredSize: nil, limits: limits)
        #expect(reading.problems == [.corrupt("the header is larger than the 1024 bytes a reader accepts")])
    }

    @Test func ggufEveryTruncationEndsInADefect() throws {
        let bytes = try WeightsFixtures.bytes("tiny-v3.gguf")
        var withoutDefect: [Int] = []
        for length in 0..<bytes.count {
            let prefix = Array(bytes[..<length])
            for declared in [true, false] {
                let (reading, _) = try readGGUF(prefix, declared: declared)
                if !Self.endsInWeightsDefect(reading.problems) { withoutDefect.append(length) }
            }
        }
        #expect(withoutDefect.isEmpty, "truncated to these lengths: \(withoutDefect.prefix(20))")
    }

    @Test func safetensorsEveryTruncationEndsInADefect() throws {
        let bytes = try WeightsFixtures.bytes("single.safetensors")
        var withoutDefect: [Int] = []
        for length in 0..<bytes.count {
            let prefix = Array(bytes[..<length])
            for declaredSize in [UInt64(length), nil] {
                let reading = try SafetensorsReader.read(MemoryByteStream(prefix), declaredSize: declaredSize)
                if !Self.endsInWeightsDefect(reading.problems) { withoutDefect.append(length) }
            }
        }
        #expect(withoutDefect.isEmpty, "truncated to these lengths: \(withoutDefect.prefix(20))")
    }

    /// At least one problem, and only header or size problems.
    private static func endsInWeightsDefect(_ problems: [WeightsHeaderProblem]) -> Bool {
        !problems.isEmpty && problems.allSatisfy { $0.kind == .corruptWeightsHeader || $0.kind == .weightsSizeMismatch }
    }

    @Test func safetensorsDeeplyNestedJSON() throws {
        let json = "{\"a\":" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let file = LittleEndianBytes.safetensors(json: json, data: [])
        let reading = try SafetensorsReader.read(MemoryByteStream(file), declaredSize: UInt64(file.count))
        #expect(reading.problems.map(\.kind) == [.corruptWeightsHeader])
    }

    @Test func shardIndexLargerThanTheCap() throws {
        let stream = MemoryByteStream(Array(repeating: UInt8(ascii: " "), count: ShardIndexReader.maxIndexBytes + 10))
        let unsized = try ShardIndexReader.read(stream, declaredSize: nil)
        #expect(unsized.header == nil)
        #expect(unsized.problems.map(\.kind) == [.corruptWeightsHeader])
        #expect(stream.consumed == ShardIndexReader.maxIndexBytes + 1)
        let sizedStream = MemoryByteStream([])
        let sized = try ShardIndexReader.read(sizedStream, declaredSize: UInt64.max)
        #expect(sized.problems.map(\.kind) == [.corruptWeightsHeader])
        #expect(sizedStream.largestReadRequest == 0)
    }
}
