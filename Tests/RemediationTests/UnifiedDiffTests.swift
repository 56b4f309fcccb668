import Foundation
import Testing

@testable import Remediation

/// The diff `--dry-run` prints is a unified diff `patch` applies.
@Suite struct UnifiedDiffTests {
    @Test func aNewFileIsAllAdded() {
        #expect(
            UnifiedDiff.render(path: "NOTICE", before: nil, after: "a\nb\n")
                == "--- /dev/null\n+++ b/NOTICE\n@@ -0,0 +1,2 @@\n+a\n+b\n")
    }

    @Test func changesFarApartMakeTwoHunksWithContext() {
        let before = (1...20).map { "line \($0)\n" }.joined()
        let after = before.replacingFirst("line 2\n", with: "line 2\nnew A\n").replacingFirst("line 18\n", with: "")
        let diff = UnifiedDiff.render(path: "README.md", before: before, after: after)
        #expect(
            diff == """
                --- a/README.md
                +++ b/README.md
                @@ -1,5 +1,6 @@
                 line 1
                 line 2
                +new A
                 line 3
                 line 4
                 line 5
                @@ -15,6 +16,5 @@
                 line 15
                 line 16
                 line 17
                -line 18
                 line 19
                 line 20

                """)
    }

    @Test func aMissingFinalNewlineIsMarked() {
        #expect(
            UnifiedDiff.render(path: "N", before: "a", after: "a\nb\n")
                == "--- a/N\n+++ b/N\n@@ -1,1 +1,2 @@\n-a\n\\ No newline at end of file\n+a\n+b\n")
    }

    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff.render(path: "N", before: "a\n", after: "a\n").isEmpty)
    }
}

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
