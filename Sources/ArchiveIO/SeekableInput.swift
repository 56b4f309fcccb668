internal import CArchive
import Platform

/// Random-access bytes as the input of a libarchive handle that can seek, so a nested zip is
/// read from its central directory. Bytes read from an entry of the bundle itself are charged as
/// nested input; those of a deeper entry were charged as they were decompressed, if they were.
final class SeekableInput {
    private let bytes: RandomAccessBytes
    private let session: ReadSession
    private let chargesInput: Bool
    private let buffer: UnsafeMutableRawBufferPointer
    private var position: UInt64 = 0
    /// A failure of the bytes underneath (a read error of the bundle), kept to be thrown as such.
    private(set) var failure: Error?
    private(set) var budgetExceeded = false

    init(_ bytes: RandomAccessBytes, session: ReadSession, chargesInput: Bool) {
        self.bytes = bytes
        self.session = session
        self.chargesInput = chargesInput
        self.buffer = .allocate(byteCount: 1 << 16, alignment: 16)
    }

    deinit {
        buffer.deallocate()
    }

    /// Hands these bytes to `handle` as its input and opens it.
    func attach(to handle: ArchiveHandle) throws(ArchiveFailure) {
        let pointer = handle.pointer
        archive_read_set_read_callback(pointer, seekableRead)
        archive_read_set_skip_callback(pointer, seekableSkip)
        archive_read_set_seek_callback(pointer, seekableSeek)
        archive_read_set_callback_data(pointer, Unmanaged.passUnretained(self).toOpaque())
        guard archive_read_open1(pointer) == ARCHIVE_OK else { throw handle.failure() }
    }

    fileprivate func read(into target: UnsafeMutablePointer<UnsafeRawPointer?>) -> Int {
        guard failure == nil, !budgetExceeded else { return -1 }
        do {
            let got = try bytes.read(at: position, into: buffer)
            guard !chargesInput || session.chargeNestedInput(got) else {
                budgetExceeded = true
                return -1
            }
            position += UInt64(got)
            target.pointee = UnsafeRawPointer(buffer.baseAddress)
            return got
        } catch {
            failure = error
            return -1
        }
    }

    fileprivate func skip(_ request: Int64) -> Int64 {
        let allowed =
            UInt64(max(0, request)) > bytes.count - min(position, bytes.count)
            ? Int64(bytes.count - min(position, bytes.count)) : request
        guard allowed > 0 else { return 0 }
        position += UInt64(allowed)
        return allowed
    }

    fileprivate func seek(_ offset: Int64, whence: Int32) -> Int64 {
        let base: Int64 =
            switch whence {
            case SEEK_SET: 0
            case SEEK_CUR: Int64(position)
            case SEEK_END: Int64(bytes.count)
            default: -1
            }
        let (target, overflow) = base.addingReportingOverflow(offset)
        guard base >= 0, !overflow, target >= 0, UInt64(target) <= bytes.count else { return Int64(ARCHIVE_FATAL) }
        position = UInt64(target)
        return target
    }
}

private func input(_ context: UnsafeMutableRawPointer?) -> SeekableInput? {
    context.map { Unmanaged<SeekableInput>.fromOpaque($0).takeUnretainedValue() }
}

private func seekableRead(
    _: OpaquePointer?, _ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<UnsafeRawPointer?>?
) -> la_ssize_t {
    guard let input = input(context), let buffer else { return -1 }
    return la_ssize_t(input.read(into: buffer))
}

private func seekableSkip(_: OpaquePointer?, _ context: UnsafeMutableRawPointer?, _ request: la_int64_t) -> la_int64_t {
    input(context)?.skip(request) ?? 0
}

private func seekableSeek(
    _: OpaquePointer?, _ context: UnsafeMutableRawPointer?, _ offset: la_int64_t, _ whence: Int32
) -> la_int64_t {
    input(context)?.seek(offset, whence: whence) ?? Int64(ARCHIVE_FATAL)
}
