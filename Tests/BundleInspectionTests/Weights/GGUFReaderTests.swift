import BundleModel
import Testing

@testable import BundleInspection

/// The GGUF header reader, on files written by gguf-py and on headers built by hand.
@Suite struct GGUFReaderTests {
    private func read(_ bytes: [UInt8]) throws -> WeightsHeaderReading<GGUFInfo> {
        try GGUFReader.read(MemoryByteStream(bytes), declaredSize: UInt64(bytes.count))
    }

    private static var expectedGeneral: GGUFGeneral {
        var general = GGUFGeneral()
        general.name = "Llama 3.1 Acme 8B Instruct"
        general.basename = "Llama-3.1-Acme"
        general.finetune = "Instruct"
        general.version = "v2"
        general.author = "Acme AI"
        general.organization = "Acme"
        general.repoURL = "https://huggingface.co/acme/Llama-3.1-Acme-8B-Instruct"
        general.url = "https://acme.example/models/acme-8b"
        general.sizeLabel = "8B"
        general.quantizedBy = "Acme Quant Team"
        general.license = "llama3.1"
        general.licenseName = "llama3.1"
        general.licenseLink = "https://llama.meta.com/llama3_1/license/"
        general.baseModelCount = 2
        general.baseModels = [
            GGUFBaseModel(
                name: "Llama 3.1 8B Instruct", author: "Meta Llama", version: "3.1", organization: "Meta Llama",
                url: "https://ai.meta.com/llama", repoURL: "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct"
            ),
            GGUFBaseModel(name: "Acme Base", organization: "Acme"),
        ]
        return general
    }

    @Test func readsTheReferenceFileExactly() throws {
        let reading = try read(try WeightsFixtures.bytes("tiny-v3.gguf"))
        #expect(reading.problems.isEmpty)
        let info = try #require(reading.header)
        #expect(info.version == 3)
        #expect(info.tensorCount == 3)
        #expect(info.keyValueCount == 40)
        #expect(info.values.count == 40)
        #expect(info.architecture == "llama")
        #expect(info.general == Self.expectedGeneral)
        #expect(info.tensorTypes == ["F32": 1, "F16": 1, "Q8_0": 1])
        #expect(info.parameterCount == 64 + 32 + 512)
        #expect(info.dataLength == 864)
    }

    @Test func keepsEveryValueTypeAndSummarisesArrays() throws {
        let values = try #require(try read(try WeightsFixtures.bytes("tiny-v3.gguf")).header?.values)
        let tokens = (0..<8).map { GGUFValue.string("tok\($0)") }
        let expected: [String: GGUFValue] = [
            "test.uint8": .unsigned(200), "test.int8": .integer(-100), "test.uint16": .unsigned(60000),
            "test.int16": .integer(-30000), "test.int32": .integer(-2_000_000_000),
            "test.uint64": .unsigned(18_000_000_000_000_000_000), "test.int64": .integer(-9_000_000_000_000_000_000),
            "test.float64": .float(0.125), "test.bool": .bool(true), "llama.context_length": .unsigned(8192),
            "llama.rope.freq_base": .float(500_000), "general.file_type": .unsigned(7),
            "test.long_string": .string(String(repeating: "x", count: 4096) + "…"),
            "general.tags": .array(
                elementType: "string", count: 3, head: [.string("llama"), .string("acme"), .string("text-generation")]),
            "tokenizer.ggml.tokens": .array(elementType: "string", count: 20, head: tokens),
            "tokenizer.ggml.token_type": .array(
                elementType: "int32", count: 20, head: Array(repeating: .integer(1), count: 8)),
            "test.nested": .array(
                elementType: "array", count: 2,
                head: [
                    .array(elementType: "int32", count: 2, head: [.integer(1), .integer(2)]),
                    .array(elementType: "int32", count: 1, head: [.integer(3)]),
                ]),
        ]
        for (key, value) in expected {
            #expect(values[key] == value, "\(key)")
        }
    }

    @Test func readsVersion2AndBigEndianFilesLikeVersion3() throws {
        let v3 = try #require(try read(try WeightsFixtures.bytes("tiny-v3.gguf")).header)
        let v2 = try read(try WeightsFixtures.bytes("tiny-v2.gguf"))
        #expect(v2.problems.isEmpty)
        var expectedV2 = v3
        expectedV2.version = 2
        #expect(v2.header == expectedV2)
        let bigEndian = try read(try WeightsFixtures.bytes("tiny-v3-big-endian.gguf"))
        #expect(bigEndian.problems.isEmpty)
        #expect(bigEndian.header == v3)
    }

    @Test func acceptsAFileWithoutTensors() throws {
        let reading = try read(try WeightsFixtures.bytes("metadata-only.gguf"))
        #expect(reading.problems.isEmpty)
        let info = try #require(reading.header)
        #expect(info.architecture == "gemma2")
        #expect(info.general.name == "Gemma 2 Acme")
        #expect(info.general.license == "gemma")
        #expect(info.tensorTypes == [:])
        #expect(info.parameterCount == 0)
        #expect(info.dataLength == 0)
    }

    @Test func learnsTheSizeByDrainingWhenTheContainerDoesNotDeclareIt() throws {
        let bytes = try WeightsFixtures.bytes("tiny-v3.gguf")
        #expect(try GGUFReader.read(MemoryByteStream(bytes), declaredSize: nil).problems.isEmpty)
        let extra = try GGUFReader.read(MemoryByteStream(bytes + Array(repeating: 0, count: 100)), declaredSize: nil)
        #expect(
            extra.problems == [
                .sizeMismatch(
                    "the tensor data ends at byte 8320, but the file has 8420 bytes: 100 bytes belong to no tensor")
            ])
    }

    @Test(arguments: [
        (UInt32(1), "GGUF version 1 is not supported"), (4, "unknown GGUF version 4"),
        (0x0100_0000, "unknown GGUF version 16777216"),
    ])
    func refusesOtherVersions(version: UInt32, message: String) throws {
        let reading = try read(LittleEndianBytes.ggufPreamble(version: version, keyValues: 0).bytes)
        #expect(reading.header == nil)
        #expect(reading.problems.map(\.kind) == [.corruptWeightsHeader])
        #expect(reading.problems.first?.message.hasPrefix(message) == true)
    }

    @Test func refusesAnotherMagic() throws {
        let reading = try read(Array("GGML0000000000000000000000".utf8))
        #expect(reading.problems == [.corrupt("not a GGUF file: it does not start with 'GGUF'")])
    }

    @Test func keepsNonFiniteFloatsAsNames() throws {
        var file = LittleEndianBytes.ggufPreamble(keyValues: 3)
        for (key, bits) in [("nan", UInt32(0x7FC0_0000)), ("inf", 0x7F80_0000), ("-inf", 0xFF80_0000)] {
            file.appendString(key)
            file.append(UInt32(6))
            file.append(bits)
        }
        let values = try #require(try read(file.bytes).header?.values)
        #expect(values == ["nan": .string("nan"), "inf": .string("inf"), "-inf": .string("-inf")])
    }

    @Test func cutsALongStringOnACharacterBoundary() throws {
        var file = LittleEndianBytes.ggufPreamble(keyValues: 1)
        file.appendString("k")
        file.append(UInt32(8))
        file.appendString(String(repeating: "x", count: 4095) + "é and more")
        let values = try #require(try read(file.bytes).header?.values)
        #expect(values["k"] == .string(String(repeating: "x", count: 4095) + "…"))
    }

    @Test func keepsValuesOnlyWithinTheBudgetButChecksThemAll() throws {
        var file = LittleEndianBytes.ggufPreamble(keyValues: 4)
        file.appendString(String(repeating: "k", count: 300))
        file.append(UInt32(8))
        file.appendString("kept only if the key were short")
        for index in 0..<3 {
            file.appendString("key\(index)")
            file.append(UInt32(8))
            file.appendString(String(repeating: "v", count: 100))
        }
        var limits = GGUFLimits()
        limits.keptValueBudget = 150
        let reading = try GGUFReader.read(
            MemoryByteStream(file.bytes), declaredSize: UInt64(file.bytes.count), limits: limits)
        #expect(reading.problems.isEmpty)
        #expect(reading.header?.keyValueCount == 4)
        #expect(reading.header?.values.keys.sorted() == ["key0"])
        #expect(reading.header?.values["key0"] == .string(String(repeating: "v", count: 100)))
    }

    @Test func reportsADuplicateKeyAndKeepsTheFirstValue() throws {
        var file = LittleEndianBytes.ggufPreamble(keyValues: 2)
        for name in ["first", "second"] {
            file.appendString("general.name")
            file.append(UInt32(8))
            file.appendString(name)
        }
        let reading = try read(file.bytes)
        #expect(reading.header?.general.name == "first")
        #expect(reading.problems == [.corrupt("the key 'general.name' appears more than once")])
    }

    @Test func reportsAnAlignmentThatIsNotAPowerOfTwo() throws {
        var file = LittleEndianBytes.ggufPreamble(keyValues: 1)
        file.appendString("general.alignment")
        file.append(UInt32(4))
        file.append(UInt32(24))
        let reading = try read(file.bytes)
        #expect(reading.problems.first == .corrupt("general.alignment must be a power of two; using 32"))
    }

    /// One F32 tensor of 8 elements (32 bytes) at `offset`, with `data` after the aligned header.
    private func singleTensorFile(type: UInt32 = 0, offset: UInt64 = 0, dataBytes: Int = 32) -> [UInt8] {
        var file = LittleEndianBytes.ggufPreamble(tensors: 1, keyValues: 0)
        file.appendString("t")
        file.append(UInt32(1))
        file.append(UInt64(8))
        file.append(type)
        file.append(offset)
        file.append(Array(repeating: 0, count: 64 - file.bytes.count))
        file.append(Array(repeating: 1, count: dataBytes))
        return file.bytes
    }

    @Test func checksTheDataSectionAgainstTheFileSize() throws {
        #expect(try read(singleTensorFile()).problems.isEmpty)
        #expect(
            try read(singleTensorFile(dataBytes: 16)).problems == [
                .sizeMismatch(
                    "the tensor data ends at byte 96, but the file has only 80 bytes: it is truncated or the header is wrong"
                )
            ])
        #expect(try read(singleTensorFile(dataBytes: 64)).problems.map(\.kind) == [.weightsSizeMismatch])
    }

    @Test func reportsATensorOffsetOtherThanLlamaCppExpects() throws {
        let reading = try read(singleTensorFile(offset: 32))
        #expect(
            reading.problems == [
                .corrupt("tensor 't' starts at offset 32 of the data section, but the tensors before it end at 0")
            ])
        #expect(reading.header?.dataLength == nil)
    }

    @Test(arguments: [(UInt32(99), "type 99"), (0xFFFF_FFFF, "unknown type")])
    func countsAnUnknownTensorTypeWithoutCheckingSizes(code: UInt32, name: String) throws {
        let reading = try read(singleTensorFile(type: code, dataBytes: 5))
        #expect(reading.problems.isEmpty)
        #expect(reading.header?.tensorTypes == [name: 1])
        #expect(reading.header?.parameterCount == 8)
        #expect(reading.header?.dataLength == nil)
    }
}
