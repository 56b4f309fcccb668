import BundleModel

/// What scanning one pickle stream produced: the listing, and the fault that stopped it, if any.
struct PickleScanOutcome {
    var protocolVersion: Int?
    var globals: [PickleGlobal] = []
    var opcodeCount = 0
    /// Pickles read to their STOP.
    var pickleCount = 0
    /// Why the scan stopped early; nil when every pickle was followed to its end.
    var fault: PickleScanFault?

    /// The listing as the manifest records it.
    var scan: PickleScan {
        PickleScan(
            protocolVersion: protocolVersion, globals: globals, opcodeCount: opcodeCount, isComplete: fault == nil,
            pickleCount: pickleCount)
    }
}

/// A fault and the byte offset of the opcode where it happened.
struct PickleScanFault: Equatable {
    var fault: PickleFault
    var offset: UInt64
}
