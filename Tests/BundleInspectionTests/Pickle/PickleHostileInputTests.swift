import BundleModel
import Foundation
import Testing

@testable import BundleInspection

/// Streams written to hurt a scanner: each must end quickly with a fault, never a crash.
@Suite struct PickleHostileInputTests {
    @Test func hundredThousandMarksHitTheNestingLimit() throws {
        let bytes =
            [0x80, 0x02] + Array(repeating: PickleOpcode.mark.rawValue, count: 100_000) + [PickleOpcode.stop.rawValue]
        let outcome = try PickleScanning.scan(bytes)
        #expect(outcome.fault?.fault == .tooDeeplyNested(limit: 10_000))
        #expect(!outcome.scan.isComplete)
    }

    @Test func hundredThousandNestedListsHitTheNestingLimit() throws {
        var bytes: [UInt8] = [0x80, 0x02]
        for _ in 0..<100_000 { bytes += [PickleOpcode.emptyList.rawValue, PickleOpcode.mark.rawValue] }
        let outcome = try PickleScanning.scan(bytes)
        #expect(outcome.fault?.fault == .tooDeeplyNested(limit: 10_000))
    }

    @Test func aStackOfAMillionValuesHitsTheStackLimit() throws {
        let bytes = [0x80, 0x02] + Array(repeating: PickleOpcode.none.rawValue, count: 1_000_000)
        let outcome = try PickleScanning.scan(bytes)
        #expect(outcome.fault?.fault == .stackTooLarge(limit: 100_000))
    }

    @Test(arguments: [PickleOpcode.binbytes8, .bytearray8, .binunicode8])
    func hugeDeclaredLengthIsNotTrusted(opcode: PickleOpcode) throws {
        let bytes =
            [0x80, 0x05, opcode.rawValue] + PickleBuilder.littleEndian(UInt64.max - 7, width: 8)
            + Array(repeating: 0, count: 64)
        let started = Date()
        let outcome = try PickleScanning.scan(bytes)
        #expect(outcome.fault?.fault == .truncated(opcode: opcode.name))
        #expect(Date().timeIntervalSince(started) < 1)
    }

    @Test func negativeLengthIsMalformed() throws {
        let outcome = try PickleScanning.scan([
            0x80, 0x02, PickleOpcode.binstring.rawValue, 0xFF, 0xFF, 0xFF, 0xFF, 0x2E,
        ])
        #expect(outcome.fault?.fault == .invalidArgument(opcode: "BINSTRING"))
    }

    @Test func truncationAtEveryByteIsAFault() throws {
        let whole = try Fixtures.pickle("protocol4_state_dict.pkl")
        for length in 1..<whole.count {
            let outcome = try PickleScanning.scan(Array(whole.prefix(length)))
            #expect(outcome.fault != nil, "prefix of \(length) bytes")
            #expect(!outcome.scan.isComplete)
            let defects = PickleScanDefects.defects(for: outcome, path: "p")
            #expect(defects.contains { $0.kind == .malformedPickle })
        }
    }

    @Test func garbageIsMalformed() throws {
        let outcome = try PickleScanning.scan(Array("not a pickle at all".utf8))
        #expect(outcome.fault?.fault == .unknownOpcode(UInt8(ascii: "n")))
        #expect(outcome.fault?.offset == 0)
    }

    @Test func unknownProtocolIsMalformed() throws {
        let outcome = try PickleScanning.scan([0x80, 0x09, 0x4E, 0x2E])
        #expect(outcome.fault?.fault == .unsupportedProtocol(9))
    }

    @Test func missingMemoKeyIsMalformed() throws {
        let outcome = try PickleScanning.scan([0x80, 0x04, PickleOpcode.binget.rawValue, 3, 0x2E])
        #expect(outcome.fault?.fault == .missingMemoKey(3))
    }

    @Test func scanStopsAtTheByteBudget() throws {
        var limits = PickleScanLimits()
        limits.maxScannedBytes = 1_000
        var bytes: [UInt8] = [0x80, 0x02]
        for _ in 0..<2_000 { bytes += [PickleOpcode.none.rawValue, PickleOpcode.pop.rawValue] }
        let outcome = try PickleScanning.scan(bytes + [0x4E, 0x2E], limits: limits)
        #expect(outcome.fault?.fault == .scanLimitReached(bytes: 1_000))
        let longLine = [PickleOpcode.string.rawValue] + Array(repeating: UInt8(ascii: "a"), count: 5_000)
        let lineOutcome = try PickleScanning.scan(longLine, limits: limits)
        #expect(lineOutcome.fault?.fault == .scanLimitReached(bytes: 1_000))
    }

    @Test func dangerousGlobalBeforeTheBreakIsStillReported() throws {
        let bytes = Array("cos\nsystem\n(S'id'\ntR".utf8) + [0xFF]
        let outcome = try PickleScanning.scan(bytes)
        #expect(PickleScanning.names(outcome) == ["os.system"])
        let kinds = PickleScanDefects.defects(for: outcome, path: "p").map(\.kind)
        #expect(kinds == [.dangerousPickleGlobal, .malformedPickle])
    }

    @Test func maliciousSecondPickleIsScanned() throws {
        let bytes = Array("N.cos\nsystem\n(S'id'\ntR.".utf8)
        let outcome = try PickleScanning.scan(bytes)
        #expect(outcome.pickleCount == 2)
        #expect(PickleScanning.names(outcome) == ["os.system"])
    }

    @Test func unimportableNamesInTrailingDataAreDropped() throws {
        let bytes = Array("N.c\u{1}\u{2}\nx y\n".utf8) + [0x00]
        let outcome = try PickleScanning.scan(bytes)
        #expect(outcome.fault == nil)
        #expect(outcome.globals.isEmpty)
    }

    @Test func endlessRunOfPicklesIsCapped() throws {
        let bytes = Array(repeating: Array("N.".utf8), count: 2_000).flatMap { $0 }
        let outcome = try PickleScanning.scan(bytes)
        #expect(outcome.fault?.fault == .tooManyPickles(limit: 1_024))
    }
}
