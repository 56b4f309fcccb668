import Foundation

extension Array where Element == UInt8 {
    /// Calls `body` with the bytes as `Data`, without copying them: the JSON parsers take `Data`,
    /// and a header of many megabytes should not be held twice. The view must not escape `body`.
    func withDataView<Result>(_ body: (Data) throws -> Result) rethrows -> Result {
        try withUnsafeBytes { raw in
            guard let base = raw.baseAddress, !raw.isEmpty else { return try body(Data()) }
            return try body(
                Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none))
        }
    }
}
