import BundleModel

/// Lists the globals a pickle stream imports, statically: nothing is executed, the stream is
/// read once front to back, and every length it declares is capped before it is trusted.
///
/// Consecutive pickles are followed (a legacy `torch.save` file holds five, then raw tensor
/// bytes) until the data stops being a pickle.
struct PickleScanner {
    let limits: PickleScanLimits

    init(limits: PickleScanLimits = PickleScanLimits()) {
        self.limits = limits
    }

    /// Scans `content` (an entry's content, or bytes held in memory); `declaredSize` lets an
    /// oversized length be rejected without reading. Throws only what reading the content throws.
    func scan(_ content: some PickleByteSource, declaredSize: UInt64?) throws -> PickleScanOutcome {
        let reader = PickleByteReader(content: content, declaredSize: declaredSize)
        var outcome = PickleScanOutcome()
        var collector = PickleGlobalCollector(limits: limits)
        var pickles = 0
        while try !reader.isAtEnd() {
            guard pickles < limits.maxPickles else {
                outcome.fault = PickleScanFault(fault: .tooManyPickles(limit: limits.maxPickles), offset: reader.offset)
                break
            }
            var interpreter = PickleInterpreter(reader: reader, limits: limits)
            var fault: PickleFault?
            do {
                try interpreter.run()
            } catch let caught as PickleFault {
                fault = caught
            }
            outcome.opcodeCount += interpreter.opcodeCount
            outcome.protocolVersion = outcome.protocolVersion ?? interpreter.protocolVersion
            let isTrailingData = pickles > 0 && fault != nil
            do {
                try collector.absorb(interpreter.collector) { !isTrailingData || $0.isImportable }
            } catch {
                fault = error
            }
            if let fault, !isTrailingData || fault.isLimit {
                outcome.fault = PickleScanFault(fault: fault, offset: interpreter.opcodeOffset)
            }
            guard fault == nil else { break }
            pickles += 1
        }
        outcome.globals = collector.globals
        outcome.pickleCount = pickles
        if outcome.fault == nil, pickles == 0 {
            outcome.fault = PickleScanFault(fault: .truncated(opcode: nil), offset: 0)
        }
        return outcome
    }
}

private extension PickleGlobal {
    /// Module and name are dotted Python identifiers: something an unpickler could import.
    /// Bytes that merely look like GLOBAL in trailing tensor data usually are not.
    var isImportable: Bool {
        [module, name].allSatisfy { path in
            path.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
                guard let first = part.unicodeScalars.first, first == "_" || first.properties.isXIDStart else {
                    return false
                }
                return part.unicodeScalars.allSatisfy { $0.properties.isXIDContinue }
            }
        }
    }
}
