import ArchiveIO
import BundleModel

/// Defects of an entry's own name: absolute, climbing out with `..`, not UTF-8, or special.
enum EntryNameCheck {
    static func defects(of entry: BundleEntry) -> [Defect] {
        let name = entry.header.name
        // Most names are clean: the path is only written out for a defect.
        guard name.wasAbsolute || name.hasParentTraversal || !name.isValidUTF8 || entry.header.type == .special
        else { return [] }
        let path = entry.path
        var defects: [Defect] = []
        if name.wasAbsolute {
            defects.append(
                Defect(
                    kind: .absolutePath, path: path,
                    message: "the entry name is an absolute path; extracting it would write outside the target folder"))
        }
        if name.hasParentTraversal {
            defects.append(
                Defect(
                    kind: .parentTraversal, path: path,
                    message: "the entry name contains '..'; extracting it could write outside the target folder"))
        }
        if !name.isValidUTF8 {
            defects.append(
                Defect(
                    kind: .nonUTF8Name, path: path,
                    message: "the entry name is not valid UTF-8 (shown with \\xNN escapes)"))
        }
        if entry.header.type == .special {
            defects.append(
                Defect(kind: .specialFile, path: path, message: "a device, FIFO or socket, not a regular file"))
        }
        return defects
    }
}
