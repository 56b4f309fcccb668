import Testing

@testable import PolicyEngine

/// The claim search skips a line that holds no trigger: every phrase it looks for must hold one,
/// or a claim would go unseen.
@Suite struct ClaimTriggerTests {
    @Test(arguments: ClaimPhrases.openSource + ClaimPhrases.availability)
    func everyPhraseHoldsATrigger(phrase: String) {
        #expect(ClaimPhrases.triggers.contains { phrase.lowercased().contains($0) })
    }
}
