import Foundation
import Testing

@testable import Remediation

/// Front-matter edits touch only the keys they set: every other byte of the card stays.
@Suite struct FrontMatterEditorTests {
    /// A card in the shape Meta's and the community's Hub cards have: comments, block lists at the
    /// margin and indented, flow lists, quoted values, gating block scalars, nested mappings and
    /// `model-index`.
    static let hubCard = """
        ---
        # Model card metadata (see https://huggingface.co/docs/hub/model-cards)
        language:
        - en
        - de
        license: apache-2.0  # chosen by the team
        tags: [llama, "fine-tuned", support]
        pipeline_tag: 'text-generation'
        extra_gated_prompt: >-
          ### LLAMA 3.1 COMMUNITY LICENSE AGREEMENT

          Llama 3.1 Version Release Date: July 23, 2024
        extra_gated_fields:
          First Name: text
          Country: country
          I accept the terms: checkbox
        datasets:
          - acme/support-tickets
        model-index:
        - name: Llama-3.1-Acme-8B
          results:
          - task:
              type: text-generation
            metrics:
            - type: accuracy
              value: 0.71
        ---
        # Llama-3.1-Acme-8B

        Body text: with a colon, and --- a rule.

        """

    @Test func replacingAValueKeepsEveryOtherLine() throws {
        var editor = try FrontMatterEditor(TextLines(Self.hubCard))
        editor.set("license", to: .scalar("llama3.1"), note: "replaced; it said:")
        let expected = Self.hubCard.replacingOccurrences(
            of: "license: apache-2.0  # chosen by the team\n",
            with: "# replaced; it said:\n# license: apache-2.0  # chosen by the team\nlicense: llama3.1\n")
        #expect(editor.document.text == expected)
    }

    @Test func newKeysGoAfterTheirAnchorOrLast() throws {
        var editor = try FrontMatterEditor(TextLines(Self.hubCard))
        editor.set("license_name", to: .scalar("mnpl"), after: ["license"])
        editor.set("base_model", to: .list(["a/b", "c/d"]), after: ["license_link"])
        let withName = Self.hubCard.replacingOccurrences(
            of: "# chosen by the team\n", with: "# chosen by the team\nlicense_name: mnpl\n")
        let expected = withName.replacingOccurrences(
            of: "      value: 0.71\n---", with: "      value: 0.71\nbase_model:\n- a/b\n- c/d\n---")
        #expect(editor.document.text == expected)
    }

    @Test func entriesSpanBlockScalarsListsAndNestedMappings() throws {
        let editor = try FrontMatterEditor(TextLines(Self.hubCard))
        let spans = editor.entries.map { "\($0.key) \($0.lines.count)" }
        #expect(
            spans == [
                "language 3", "license 1", "tags 1", "pipeline_tag 1", "extra_gated_prompt 4",
                "extra_gated_fields 4", "datasets 2", "model-index 8",
            ])
    }

    @Test func aListIsReplacedInTheStyleItWasWritten() throws {
        var editor = try FrontMatterEditor(TextLines(Self.hubCard))
        editor.set("tags", to: .list(["llama", "acme"]))
        editor.set("datasets", to: .list(["acme/a", "acme/b"]))
        editor.set("pipeline_tag", to: .scalar("text2text-generation"))
        let text = editor.document.text
        #expect(text.contains("tags: [llama, acme]\npipeline_tag: 'text2text-generation'\n"))
        #expect(text.contains("datasets:\n  - acme/a\n  - acme/b\nmodel-index:"))
    }

    @Test func crlfCardsKeepTheirLineEndingsAndByteOrderMark() throws {
        let card = "\u{FEFF}---\r\nlicense: mit\r\ntags:\r\n- x\r\n---\r\n# T\r\n\r\nText"
        var editor = try FrontMatterEditor(TextLines(card))
        editor.set("base_model", to: .scalar("microsoft/phi-2"), after: ["license"])
        #expect(
            editor.document.text
                == "\u{FEFF}---\r\nlicense: mit\r\nbase_model: microsoft/phi-2\r\n"
                + "tags:\r\n- x\r\n---\r\n# T\r\n\r\nText"
        )
    }

    @Test func aCardWithoutFrontMatterGetsOne() throws {
        var editor = try FrontMatterEditor(TextLines("# Acme\n\nA model.\n"))
        editor.set("license", to: .scalar("gemma"))
        editor.set("base_model", to: .scalar("google/gemma-2-9b-it"), after: ["license"])
        #expect(
            editor.document.text == "---\nlicense: gemma\nbase_model: google/gemma-2-9b-it\n---\n# Acme\n\nA model.\n")
        #expect(editor.bodyStart == 4)
    }

    @Test func settingTheSameTwiceChangesNothingMore() throws {
        var editor = try FrontMatterEditor(TextLines(Self.hubCard))
        editor.set("license", to: .scalar("llama3.1"))
        let once = editor.document
        editor.set("license", to: .scalar("llama3.1"))
        #expect(editor.document == once)
    }

    @Test func unclosedFrontMatterIsRefused() {
        #expect(throws: FrontMatterEditor.Unclosed.self) {
            try FrontMatterEditor(TextLines("---\nlicense: mit\n# T\n"))
        }
    }
}
