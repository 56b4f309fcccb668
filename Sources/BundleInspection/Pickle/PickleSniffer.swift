import ArchiveIO

/// Recognises a pickle without a PROTO header (protocols 0 and 1, or a hand-written stream) in a
/// file that is not a text document, which `torch.load` would unpickle: its first bytes must read
/// as pickle opcodes up to STOP or to the end of what was sniffed. Raw tensor bytes and prose fail
/// within a few opcodes.
enum PickleSniffer {
    /// `magic`, or `.pickle` when a file that no signature recognised parses as a pickle.
    static func refine(_ magic: Magic?, prefix: [UInt8], size: UInt64) -> Magic? {
        guard magic == nil || magic == .text, parses(prefix, size: size) else { return magic }
        return .pickle
    }

    static func parses(_ prefix: [UInt8], size: UInt64) -> Bool {
        let reader = PickleByteReader(content: PrefixBytes(prefix), declaredSize: size)
        var interpreter = PickleInterpreter(reader: reader, limits: PickleScanLimits())
        do {
            try interpreter.run()
            return true
        } catch PickleFault.truncated {
            return interpreter.opcodeCount >= 2 && reader.offset == UInt64(prefix.count)
        } catch {
            return false
        }
    }
}

/// A sniffed prefix as a pickle byte source.
private final class PrefixBytes: PickleByteSource {
    private var rest: ArraySlice<UInt8>

    init(_ bytes: [UInt8]) {
        rest = bytes[...]
    }

    func read(_ count: Int) -> [UInt8] {
        let taken = rest.prefix(count)
        rest = rest.dropFirst(taken.count)
        return Array(taken)
    }

    func skip(_ count: UInt64) -> UInt64 {
        let taken = Int(min(count, UInt64(rest.count)))
        rest = rest.dropFirst(taken)
        return UInt64(taken)
    }
}
