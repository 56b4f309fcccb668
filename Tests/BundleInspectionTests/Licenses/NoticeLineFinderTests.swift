import BundleInspection
import BundleModel
import Testing

@Suite struct NoticeLineFinderTests {
    let finder = NoticeLineFinder(notices: SyntheticLicense.catalog.notices)

    private func find(_ lines: [String]) -> [NoticeLineMatch] {
        finder.find(in: TextDocument(path: "NOTICE", lines: lines))
    }

    /// The notice Acme Model 1.0 requires, which each of its matches names.
    private let required = SyntheticLicense.notice()

    @Test(
        "the notice as required is exact, whatever its quotes, © or list mark",
        arguments: [
            "Acme Model 1.0 is licensed under the Acme Model License, Copyright © Acme Corp. All Rights Reserved.",
            "Acme Model 1.0 is licensed under the Acme Model License, Copyright (c) Acme Corp. All Rights Reserved.",
            "“Acme Model 1.0 is licensed under the Acme Model License, Copyright (C) Acme Corp. All Rights Reserved.”",
            "- \"Acme Model 1.0 is licensed under the Acme Model License,  Copyright © Acme Corp.  All Rights Reserved.\"",
            "Notice: Acme Model 1.0 is licensed under the Acme Model License, Copyright © Acme Corp. All Rights Reserved.",
        ])
    func exact(_ line: String) {
        #expect(
            find(["Third-party notices", "", line]) == [
                NoticeLineMatch(
                    licenseID: "acme-1.0", line: 3, text: line.trimmingCharacters(), isExact: true,
                    notice: required)
            ])
    }

    @Test("a notice wrapped over two lines is read as one")
    func wrapped() {
        let lines = [
            "Acme Model 1.0 is licensed under the Acme Model License,", "Copyright © Acme Corp. All Rights Reserved.",
            "", "Other text.",
        ]
        #expect(
            find(lines) == [
                NoticeLineMatch(
                    licenseID: "acme-1.0", line: 1, text: lines[0] + " " + lines[1], isExact: true,
                    notice: required)
            ])
    }

    @Test("a notice wrapped over three lines is read as one")
    func wrappedOverThreeLines() {
        let lines = [
            "Acme Model 1.0 is licensed under", "the Acme Model License, Copyright ©",
            "Acme Corp. All Rights Reserved.",
        ]
        #expect(
            find(lines) == [
                NoticeLineMatch(
                    licenseID: "acme-1.0", line: 1, text: lines.joined(separator: " "), isExact: true,
                    notice: required)
            ])
    }

    @Test("a line missing a part, or with other capitals, is near")
    func near() {
        let missing = "Acme Model 1.0 is licensed under the Acme Model License, Copyright © Acme Corp."
        #expect(
            find([missing]) == [
                NoticeLineMatch(licenseID: "acme-1.0", line: 1, text: missing, isExact: false, notice: required)
            ])
        let capitals =
            "ACME MODEL 1.0 IS LICENSED UNDER THE ACME MODEL LICENSE, COPYRIGHT © ACME CORP. ALL RIGHTS RESERVED."
        #expect(find([capitals]).map(\.isExact) == [false])
    }

    @Test("a wrong version is near to every version it could be")
    func wrongVersion() {
        let line =
            "Acme Model 2.0 is licensed under the Acme Model License, Copyright © Acme Corp. All Rights Reserved. Version 1.0"
        let mixed =
            "Acme Model 3.0 is licensed under the Acme Model License, Copyright © Acme Corp. All Rights Reserved."
        #expect(find([mixed]).map(\.licenseID) == ["acme-1.0", "acme-2.0"])
        #expect(find([mixed]).allSatisfy { !$0.isExact })
        #expect(find([line]).map(\.isExact) == [true])
    }

    @Test("an exact line for one license is not near for another")
    func exactWins() {
        #expect(
            find([SyntheticLicense.notice(version: "2.0")]) == [
                NoticeLineMatch(
                    licenseID: "acme-2.0", line: 1, text: SyntheticLicense.notice(version: "2.0"),
                    isExact: true, notice: SyntheticLicense.notice(version: "2.0"))
            ])
    }

    @Test("unrelated lines are not notices")
    func unrelated() {
        #expect(
            find([
                "This model was fine-tuned by Example Labs.", "Acme Corp. All Rights Reserved.", "",
                "Apache License, Version 2.0",
            ]).isEmpty)
    }

    @Test("no notices, nothing found")
    func noNotices() {
        #expect(
            NoticeLineFinder(notices: []).find(in: TextDocument(path: "NOTICE", lines: [SyntheticLicense.notice()]))
                .isEmpty)
    }
}

private extension String {
    func trimmingCharacters() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
