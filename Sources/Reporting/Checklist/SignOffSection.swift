/// The block the reviewer fills in: who, when, and what was decided.
enum SignOffSection {
    static func lines(digest: String?) -> [String] {
        var lines = [
            "## Sign-off",
            "",
            "- **Reviewer (name and role):**",
            "- **Date:**",
            "- **Decision:**",
            "  - [ ] Approved for publication",
            "  - [ ] Approved once the open items above are resolved",
            "  - [ ] Not approved",
            "- **Conditions and notes:**",
            "",
        ]
        if let digest {
            lines += [
                "This sign-off applies only to the release file whose SHA-256 is \(MarkdownText.code(digest)).", "",
            ]
        }
        return lines
    }
}
