import BundleModel

/// The defect of a license, notice, use-policy or card file that was not read to its end: what
/// was not read was not checked, so it may hold terms that change everything before them.
enum EssentialText {
    static func defect(path: String, kind: ArtifactKind, outcome: TextReader.Outcome, perFile: Int) -> Defect? {
        let what =
            switch kind {
            case .license: "license file"
            case .notice: "notice file"
            case .usePolicy: "use policy"
            default: "model card"
            }
        switch outcome {
        case .read(let document) where document.isTruncated:
            let message =
                "a \(what) longer than the \(perFile) bytes or the lines read of it; "
                + "the rest was not checked and may change its terms"
            return Defect(kind: .textTooLarge, path: path, message: message)
        case .read:
            return nil
        case .unread:
            let message =
                "a \(what) left unread: the bundle's text files exceed what clearance reads; it was not checked"
            return Defect(kind: .textTooLarge, path: path, message: message)
        }
    }
}
