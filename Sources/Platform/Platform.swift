// The one place that knows which C library the platform has: the modules that make system calls
// import Platform instead of choosing between Glibc and Darwin themselves.
#if canImport(Glibc)
    @_exported import Glibc
#elseif canImport(Darwin)
    @_exported import Darwin
#else
    #error("clearance builds on Linux (Glibc) and macOS (Darwin)")
#endif

/// `write(2)`, under a name no method of the caller shadows.
public func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

/// `read(2)`, under a name no method of the caller shadows.
public func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
