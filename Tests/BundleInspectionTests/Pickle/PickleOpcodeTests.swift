import BundleModel
import Testing

@testable import BundleInspection

/// One opcode path at a time, on hand-written streams.
@Suite struct PickleOpcodeTests {
    private func scan(_ build: (PickleBuilder) -> Void) throws -> PickleScanOutcome {
        let builder = PickleBuilder()
        build(builder)
        return try PickleScanning.scan(builder.bytes)
    }

    @Test func globalInProtocol0() throws {
        let outcome = try scan {
            $0.op(.global, lines: "collections", "OrderedDict").op(.emptyTuple).op(.reduce).op(.stop)
        }
        #expect(outcome.fault == nil)
        #expect(outcome.protocolVersion == nil)
        #expect(
            outcome.globals == [
                PickleGlobal(
                    module: "collections", name: "OrderedDict", opcode: "GLOBAL", safety: .safe, invokedBy: ["REDUCE"])
            ])
    }

    @Test func stackGlobalFromMemoizedStrings() throws {
        let outcome = try scan {
            $0.op(.proto, [4]).shortText("os").op(.memoize).op(.pop).op(.binget, [0]).shortText("system").op(
                .stackGlobal
            ).op(.stop)
        }
        #expect(outcome.fault == nil)
        #expect(PickleScanning.names(outcome) == ["os.system"])
        #expect(outcome.globals.first?.safety == .dangerous)
    }

    @Test func stackGlobalFromPutAndLongGet() throws {
        let outcome = try scan {
            $0.op(.proto, [4]).op(.binunicode, PickleBuilder.littleEndian(10, width: 4) + Array("subprocess".utf8))
            $0.op(.longBinput, PickleBuilder.littleEndian(7, width: 4)).op(.pop)
            $0.op(.longBinget, PickleBuilder.littleEndian(7, width: 4))
            $0.op(.binunicode8, PickleBuilder.littleEndian(3, width: 8) + Array("run".utf8)).op(.stackGlobal).op(.stop)
        }
        #expect(PickleScanning.names(outcome) == ["subprocess.run"])
    }

    @Test func stackGlobalFromProtocol0Strings() throws {
        let outcome = try scan {
            $0.op(.string, lines: #"'\x6fs'"#).op(.unicode, lines: #"sy\u0073tem"#).op(.stackGlobal).op(.stop)
        }
        #expect(PickleScanning.names(outcome) == ["os.system"])
    }

    @Test func stackGlobalWithComputedOperandsIsDangerous() throws {
        let outcome = try scan { $0.op(.proto, [4]).op(.binint1, [1]).shortText("system").op(.stackGlobal).op(.stop) }
        #expect(
            outcome.globals == [
                PickleGlobal(module: "<computed>", name: "system", opcode: "STACK_GLOBAL", safety: .dangerous)
            ])
        #expect(
            PickleScanDefects.defects(for: outcome, path: "x").first?.message.contains("only known at load time")
                == true)
    }

    @Test func objInstantiatesTheClassAfterTheMark() throws {
        let outcome = try scan {
            $0.op(.mark).op(.global, lines: "subprocess", "Popen").op(.shortBinstring, [2] + Array("ls".utf8)).op(.obj)
                .op(.stop)
        }
        #expect(outcome.globals.first?.invokedBy == ["OBJ"])
        #expect(outcome.globals.first?.safety == .dangerous)
    }

    @Test func newobjAndNewobjExAndBuildRevealTheClass() throws {
        let outcome = try scan {
            $0.op(.proto, [2]).op(.global, lines: "mymodule", "Model").op(.emptyTuple).op(.newobj)
            $0.op(.emptyDict).op(.build).op(.pop)
            $0.op(.global, lines: "other", "Thing").op(.emptyTuple).op(.emptyDict).op(.newobjEx).op(.stop)
        }
        #expect(outcome.fault == nil)
        #expect(outcome.globals.map(\.invokedBy) == [["NEWOBJ", "BUILD"], ["NEWOBJ_EX"]])
        #expect(outcome.globals.map(\.safety) == [.unknown, .unknown])
    }

    @Test func extensionCodesAreUnknownGlobals() throws {
        let outcome = try scan { $0.op(.proto, [2]).op(.ext2, [0x34, 0x12]).op(.stop) }
        #expect(
            outcome.globals == [
                PickleGlobal(module: "<copyreg extension>", name: "4660", opcode: "EXT2", safety: .unknown)
            ])
    }

    @Test func containersNumbersAndBytesAreFollowed() throws {
        let outcome = try scan {
            $0.op(.proto, [5]).op(.frame, PickleBuilder.littleEndian(60, width: 8)).op(.mark)
            $0.op(.int, lines: "42").op(.long, lines: "12L").op(.float, lines: "1.5").op(.none).op(.newtrue).op(
                .newfalse)
            $0.op(.binint, [1, 0, 0, 0]).op(.binint2, [1, 0]).op(.binfloat, Array(repeating: 0, count: 8))
            $0.op(.long1, [1, 7]).op(.long4, [1, 0, 0, 0, 7]).op(.binbytes, [1, 0, 0, 0, 9]).op(.shortBinbytes, [1, 9])
            $0.op(.binbytes8, PickleBuilder.littleEndian(1, width: 8) + [9]).op(
                .bytearray8, PickleBuilder.littleEndian(0, width: 8))
            $0.op(.binstring, [1, 0, 0, 0, 0x41]).op(.list).op(.emptyList).op(.mark).op(.none).op(.appends)
            $0.op(.none).op(.append).op(.emptyDict).op(.none).op(.none).op(.setitem).op(.mark).op(.none).op(.none).op(
                .setitems)
            $0.op(.emptySet).op(.mark).op(.none).op(.additems).op(.mark).op(.none).op(.frozenset).op(.mark).op(.dict)
            $0.op(.mark).op(.tuple).op(.tuple3).op(.tuple2).op(.tuple1).op(.dup).op(.put, lines: "3").op(
                .get, lines: "3")
            $0.op(.binput, [4]).op(.stop)
        }
        #expect(outcome.fault == nil)
        #expect(outcome.opcodeCount == 53)
        let balanced = try scan {
            $0.op(.mark).op(.none).op(.popMark).op(.none).op(.persid, lines: "0").op(.binpersid).op(.tuple2).op(.stop)
        }
        #expect(balanced.fault == nil)
        #expect(balanced.opcodeCount == 8)
    }

    @Test func outOfBandBuffersNeedAValue() throws {
        let outcome = try scan { $0.op(.proto, [5]).op(.nextBuffer).op(.readonlyBuffer).op(.stop) }
        #expect(outcome.fault == nil)
        let underflow = try scan { $0.op(.proto, [5]).op(.readonlyBuffer).op(.stop) }
        #expect(underflow.fault?.fault == .stackUnderflow(opcode: "READONLY_BUFFER"))
    }
}
