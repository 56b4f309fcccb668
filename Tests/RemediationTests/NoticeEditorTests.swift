import BundleModel
import Testing

@testable import Remediation

/// Notice lines are added exactly as packs give them, never twice in another spelling.
@Suite struct NoticeEditorTests {
    static let llama31 = RequiredNotice(
        licenseID: "llama3.1",
        text: "Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. "
            + "All Rights Reserved."
    )
    static let llama3 = RequiredNotice(
        licenseID: "llama3",
        text: "Meta Llama 3 is licensed under the Meta Llama 3 Community License, Copyright © Meta Platforms, Inc. "
            + "All Rights Reserved."
    )

    @Test(arguments: [
        "Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright (c) Meta Platforms, Inc. "
            + "All Rights Reserved.\n",
        "Our notes.\n\nLlama 3.1 is licensed under the Llama 3.1 Community License,\n"
            + "Copyright © Meta Platforms, Inc. All Rights Reserved.\n",
        "“Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. "
            + "All Rights Reserved.”",
    ])
    func aLineCarriedInAnotherSpellingIsNotAddedAgain(notice: String) {
        var editor = NoticeEditor(TextLines(notice), catalog: [Self.llama31, Self.llama3])
        let changed = editor.add(Self.llama31)
        #expect(!changed)
        #expect(editor.document.text == notice)
    }

    @Test func aMissingLineIsAppendedAfterWhatIsThere() {
        var editor = NoticeEditor(TextLines("Acme notes."), catalog: [Self.llama31, Self.llama3])
        let changed = editor.add(Self.llama31)
        #expect(changed)
        #expect(editor.document.text == "Acme notes.\n" + Self.llama31.text + "\n")
    }

    @Test func anotherLicensesExactLineStaysAndANearMissIsReplaced() {
        let near = "Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc."
        var editor = NoticeEditor(
            TextLines(Self.llama3.text + "\n" + near + "\n"), catalog: [Self.llama31, Self.llama3])
        let changed = editor.add(Self.llama31)
        #expect(changed)
        #expect(editor.document.text == Self.llama3.text + "\n" + Self.llama31.text + "\n")
    }
}
