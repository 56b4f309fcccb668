import ArchiveIO
import BundleInspection
import Clearance
import Platform
import PolicyEngine

/// Inspects the input as a bundle file, through the public path the command takes: recognised
/// from its content, read as a stream, every entry classified and parsed, nested archives
/// followed, license texts identified against the built-in catalog. A bundle that cannot be
/// read must end in an `ArchiveIOError` (exit status 2); any other error, a trap, a hang or a
/// huge allocation is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArchive(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    scratchFile.write(UnsafeRawBufferPointer(start: start, count: count))
    do {
        _ = try inspector.inspect(path: scratchFile.path)
    } catch is ArchiveIOError {
        return 0
    } catch {
        fatalError("inspection threw something other than ArchiveIOError: \(error)")
    }
    return 0
}

/// The inspector the command uses, prepared once per fuzzing process.
private let inspector: BundleInspector = {
    do {
        return BundleInspector(
            options: InspectionOptions(catalog: try Clearance.policies(directory: nil).licenseCatalog()))
    } catch {
        fatalError("the built-in license catalog does not load: \(error)")
    }
}()

/// One file per fuzzing process, rewritten for every input; in memory when /dev/shm exists.
private let scratchFile = ScratchFile()

private struct ScratchFile: Sendable {
    let path: String

    init() {
        let folder = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
        path = "\(folder)/clearance-fuzz-archive-\(getpid())"
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        precondition(descriptor >= 0, "cannot write \(path)")
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = systemWrite(descriptor, bytes.baseAddress! + written, bytes.count - written)
            precondition(result > 0, "cannot write \(path)")
            written += result
        }
    }
}
