import BundleModel

/// Turns a pickle scan into defects: one per dangerous or unknown global, one for a malformed stream.
enum PickleScanDefects {
    static func defects(for outcome: PickleScanOutcome, path: String) -> [Defect] {
        var defects: [Defect] = outcome.globals.compactMap { global in
            switch global.safety {
            case .safe: nil
            case .dangerous: Defect(kind: .dangerousPickleGlobal, path: path, message: dangerousMessage(global))
            case .unknown: Defect(kind: .unknownPickleGlobal, path: path, message: unknownMessage(global))
            }
        }
        if let stop = outcome.fault {
            let message = "the pickle cannot be followed past byte \(stop.offset): \(stop.fault.reason)"
            defects.append(Defect(kind: .malformedPickle, path: path, message: message))
        }
        return defects
    }

    private static func dangerousMessage(_ global: PickleGlobal) -> String {
        if global.module == PickleGlobalCollector.computedName || global.name == PickleGlobalCollector.computedName {
            return
                "the pickle imports a global whose name is only known at load time (\(usage(global))); loading the file can run arbitrary code"
        }
        return
            "the pickle imports \(global.qualifiedName) (\(usage(global))), which can run arbitrary code when the file is loaded"
    }

    private static func unknownMessage(_ global: PickleGlobal) -> String {
        "the pickle imports \(global.qualifiedName) (\(usage(global))), which is not known to be safe; loading the file runs code from that module"
    }

    private static func usage(_ global: PickleGlobal) -> String {
        guard let invokers = global.invokedBy, !invokers.isEmpty else { return global.opcode }
        return "\(global.opcode), called by \(invokers.joined(separator: ", "))"
    }
}
