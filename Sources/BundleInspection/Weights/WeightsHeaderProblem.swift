import BundleModel

/// Something wrong with a weights header, as the readers find it. Thrown only inside the
/// readers, to stop at a problem that makes the rest unreadable; it leaves them as a `Defect`.
struct WeightsHeaderProblem: Error, Equatable {
    /// The defect it becomes.
    var kind: DefectKind
    /// One sentence for a person, without the file's path.
    var message: String

    /// A header that cannot be read as its format says.
    static func corrupt(_ message: String) -> WeightsHeaderProblem {
        WeightsHeaderProblem(kind: .corruptWeightsHeader, message: message)
    }

    /// A file whose size disagrees with what its header describes.
    static func sizeMismatch(_ message: String) -> WeightsHeaderProblem {
        WeightsHeaderProblem(kind: .weightsSizeMismatch, message: message)
    }

    /// The defect for the file at `path`.
    func defect(at path: String) -> Defect {
        Defect(kind: kind, path: path, message: message)
    }
}
