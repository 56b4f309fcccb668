import BundleInspection
import BundleModel
import Clearance
import PolicyEngine

/// Identifies the input as a license file against the built-in catalog (unknown text reported
/// as an agreement, as for a LICENSE file), and looks for the required notice lines in it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLicenseText(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let document = TextDocument(path: "LICENSE", text: text)
    _ = builtin.identifier.identify(document, reportingUnknownAs: .agreement)
    _ = builtin.notices.find(in: document)
    return 0
}

/// The built-in catalog, prepared once per fuzzing process.
private let builtin: (identifier: LicenseIdentifier, notices: NoticeLineFinder) = {
    do {
        let catalog = try Clearance.policies(directory: nil).licenseCatalog()
        return (LicenseIdentifier(catalog: catalog), NoticeLineFinder(notices: catalog.notices))
    } catch {
        fatalError("the built-in license catalog does not load: \(error)")
    }
}()
