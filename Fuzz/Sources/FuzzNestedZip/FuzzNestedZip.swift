import BundleInspection
import Platform

@testable import ArchiveIO

/// Reads the input as a zip inside a bundle, the way a PyTorch checkpoint (`pytorch_model.bin`)
/// is read: through its central directory, with its local headers checked against it
/// (`ZipLayout`). Inputs alternate between the two places such a zip is read in place: a file of
/// a bundle folder, and an entry stored in an uncompressed tar. Every outcome is a listing or a
/// defect; an error other than `ArchiveIOError`, a trap, a hang or a huge allocation is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNestedZip(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = UnsafeRawBufferPointer(start: start, count: count)
    _ = try? ZipLayout.disagreement(in: MemoryBytes(Array(input)), maxEntries: 10_000)
    let bundle = count % 2 == 0 ? scratch.folder(holding: input) : scratch.tar(holding: input)
    do {
        _ = try inspector.inspect(path: bundle)
    } catch is ArchiveIOError {
        return 0
    } catch {
        fatalError("inspection threw something other than ArchiveIOError: \(error)")
    }
    return 0
}

/// The inspector the command uses, with a small entry cap so that a central directory of many
/// entries costs little per input.
private let inspector = BundleInspector(options: InspectionOptions(limits: ReadLimits(maxEntries: 10_000)))

private let scratch = Scratch()

/// Where the input is written for each run; in memory when /dev/shm exists.
private struct Scratch: Sendable {
    let root: String

    init() {
        let folder = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        root = "\(folder)/clearance-fuzz-nested-zip-\(getpid())"
        mkdir(root, 0o700)
        mkdir("\(root)/release", 0o700)
    }

    /// A bundle folder with the input as its `pytorch_model.bin`.
    func folder(holding input: UnsafeRawBufferPointer) -> String {
        write(Array(input), to: "\(root)/release/pytorch_model.bin")
        return "\(root)/release"
    }

    /// A ustar file with the input as its one entry, `model/pytorch_model.bin`.
    func tar(holding input: UnsafeRawBufferPointer) -> String {
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int) {
            header.replaceSubrange(offset..<offset + text.utf8.count, with: Array(text.utf8))
        }
        func octal(_ value: Int, width: Int) -> String {
            let digits = String(value, radix: 8)
            return String(repeating: "0", count: width - 1 - digits.count) + digits
        }
        put("model/pytorch_model.bin", at: 0)
        put(octal(0o644, width: 8), at: 100)
        put(octal(input.count, width: 12), at: 124)
        put(octal(1_700_000_000, width: 12), at: 136)
        header[156] = UInt8(ascii: "0")
        put("ustar", at: 257)
        put("00", at: 263)
        put("        ", at: 148)
        put(octal(header.reduce(0) { $0 + Int($1) }, width: 7), at: 148)
        let padding = (512 - input.count % 512) % 512
        write(header + Array(input) + [UInt8](repeating: 0, count: padding + 1024), to: "\(root)/bundle.tar")
        return "\(root)/bundle.tar"
    }

    private func write(_ bytes: [UInt8], to path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        precondition(descriptor >= 0, "cannot write \(path)")
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes {
                systemWrite(descriptor, $0.baseAddress! + written, bytes.count - written)
            }
            precondition(result > 0, "cannot write \(path)")
            written += result
        }
    }
}
