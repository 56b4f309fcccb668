import BundleModel

/// A permissive or public-domain upstream: the derivative may carry any license, as long as the
/// upstream's notices travel with it (its `license-copy` rule checks them). The release must still
/// declare one, so that recipients know what they may do.
public struct PermissiveCheck: Check {
    static let kind = CheckKind.permissive

    func evaluate(_ context: RuleContext) -> [Finding] {
        guard let id = context.licenseID else { return [] }
        let declared = context.lineage.declared
        guard !declared.isEmpty else { return [context.finding(.fail, Message.nothingDeclared(id))] }
        return [
            context.finding(
                .pass, Message.declares(DeclaredLicenseSort.names(declared), id),
                evidence: declared.map(\.evidence))
        ]
    }
}

// MARK: - Messages

extension PermissiveCheck {
    fileprivate enum Message {
        static func nothingDeclared(_ id: String) -> String {
            "The release declares no license (no model card license, no GGUF general.license); \(id) lets it carry any, "
                + "but it must say which."
        }

        static func declares(_ names: String, _ id: String) -> String {
            "The release declares \(names); \(id) lets a derivative carry any license, its notices kept."
        }
    }
}
