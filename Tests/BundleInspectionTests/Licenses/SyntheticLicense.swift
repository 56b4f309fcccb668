import BundleInspection
import BundleModel

/// A small license of our own, in two versions, to test identification without any real text.
enum SyntheticLicense {
    static func lines(version: String = "1.0", date: String = "May 1, 2030") -> [String] {
        [
            "ACME MODEL LICENSE \(version)",
            "",
            "Acme Model \(version) Version Date: \(date)",
            "",
            "\"Model\" means the weights that Acme publishes under this license, in any format.",
            "",
            "1. Permissions.",
            "    a. Use. You may run, copy and share the Model for any lawful purpose you choose.",
            "    b. Sharing.",
            "        i. You must give every recipient of the Model a copy of this license.",
            "        ii. You must keep a file named Notice with the line \"Acme Model \(version) is licensed under the Acme Model License, Copyright (c) Acme Corp. All Rights Reserved.\"",
            "2. Limits. If your services reach more than 500 million monthly users, you must ask Acme for another license.",
            "3. Warranty. THE MODEL IS PROVIDED AS IS, WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.",
            "4. Law. The laws of the State of Nowhere govern this license and any dispute about it.",
        ]
    }

    static func notice(version: String = "1.0") -> String {
        "Acme Model \(version) is licensed under the Acme Model License, Copyright © Acme Corp. All Rights Reserved."
    }

    static func fingerprint(version: String = "1.0", date: String = "May 1, 2030") -> LicenseFingerprint? {
        FingerprintBuilder.fingerprint(
            of: lines(version: version, date: date), name: "acme-\(version).agreement", licenseID: "acme-\(version)",
            document: .agreement, source: "synthetic")
    }

    static let catalog = LicenseCatalog(
        fingerprints: [fingerprint(version: "1.0"), fingerprint(version: "2.0", date: "June 2, 2031")].compactMap {
            $0
        },
        notices: [
            RequiredNotice(licenseID: "acme-1.0", text: notice(version: "1.0")),
            RequiredNotice(licenseID: "acme-2.0", text: notice(version: "2.0")),
        ]
    )

    static let identifier = LicenseIdentifier(catalog: catalog)

    static func identify(_ lines: [String], unknownAs kind: LicenseDocumentKind? = .agreement) -> [LicenseMatch] {
        identifier.identify(TextDocument(path: "LICENSE", lines: lines), reportingUnknownAs: kind)
    }
}
