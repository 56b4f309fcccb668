import Testing

@testable import Remediation

/// Lines go at the end of the card's License section, which is created when there is none.
@Suite struct LicenseSectionEditorTests {
    @Test func extendsTheSectionBeforeTheNextHeading() {
        let card = "---\nlicense: x\n---\n# T\n\n## Licence\n\nOwn words.\n\n## Usage\n\n```\n## License\n```\n"
        var editor = LicenseSectionEditor(TextLines(card), bodyStart: 3)
        editor.add(["Built with Llama"])
        #expect(
            editor.document.text
                == "---\nlicense: x\n---\n# T\n\n## Licence\n\nOwn words.\n\nBuilt with Llama\n\n"
                + "## Usage\n\n```\n## License\n```\n"
        )
    }

    @Test func createsTheSectionAtTheEnd() {
        var editor = LicenseSectionEditor(TextLines("# T\n\nA model."), bodyStart: 0)
        editor.add(["Built with Llama", "This model is modified from a/b by fine-tuning."])
        #expect(
            editor.document.text
                == "# T\n\nA model.\n\n## License\n\nBuilt with Llama\n\n"
                + "This model is modified from a/b by fine-tuning.\n"
        )
    }

    @Test func aCodeFenceHidesHeadings() {
        var editor = LicenseSectionEditor(TextLines("# T\n```\n# License\n```\n"), bodyStart: 0)
        editor.add(["Built with Qwen"])
        #expect(editor.document.text == "# T\n```\n# License\n```\n\n## License\n\nBuilt with Qwen\n")
    }

    @Test func anEmptyCardGetsOnlyTheSection() {
        var editor = LicenseSectionEditor(TextLines("---\nlicense: x\n---\n"), bodyStart: 3)
        editor.add(["Built with Llama"])
        #expect(editor.document.text == "---\nlicense: x\n---\n## License\n\nBuilt with Llama\n")
    }
}
