import Testing

@testable import Remediation

/// Scalars are written plain only where YAML reads them back as the same string.
@Suite struct YAMLValueTests {
    @Test(arguments: [
        ("llama3.1", "llama3.1"), ("apache-2.0", "apache-2.0"), ("meta-llama/Llama-3.1-8B", "meta-llama/Llama-3.1-8B"),
        ("https://ai.google.dev/gemma/terms", "https://ai.google.dev/gemma/terms"), ("yes", "\"yes\""),
        ("1.0", "\"1.0\""), ("a: b", "\"a: b\""), ("#x", "\"#x\""), ("say \"hi\"", "say \"hi\""),
        ("\"hi\" x", "\"\\\"hi\\\" x\""),
    ])
    func plainOnlyWhereSafe(value: String, written: String) {
        #expect(YAMLValue.scalar(value) == written)
    }

    @Test func quotingFollowsTheReplacedValue() {
        #expect(YAMLValue.scalar("llama3.1", quoting: .single) == "'llama3.1'")
        #expect(YAMLValue.scalar("llama3.1", quoting: .double) == "\"llama3.1\"")
        #expect(YAMLValue.scalar("it's", quoting: .single) == "'it''s'")
    }
}
