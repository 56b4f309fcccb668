import Foundation
import Testing

/// `clearance policies fingerprint`, run as a user runs it.
@Suite
struct PoliciesFingerprintCommandTests {
    @Test("prints the fingerprint of a text as JSON")
    func printsFingerprint() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "clearance-fingerprint-\(UUID().uuidString).txt")
        try Data(
            "SAMPLE LICENSE\n\nSample Version Date: May 1, 2030\n\nYou may use the sample. You must keep this file.\n"
                .utf8
        ).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLIRunner.run([
            "policies", "fingerprint", "sample", file.path, "--document", "use-policy", "--source", "test",
        ])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["name"] as? String == "sample.use-policy")
        #expect(json["licenseID"] as? String == "sample")
        #expect(json["document"] as? String == "use-policy")
        #expect(json["title"] as? String == "SAMPLE LICENSE")
        #expect(json["versionLine"] as? String == "Sample Version Date: May 1, 2030")
        #expect((json["sentences"] as? [Any])?.count == 5)
        #expect(!result.stdout.contains("You may use"))
    }

    @Test("an unreadable file is exit status 2 with one line naming it")
    func unreadableFile() throws {
        let result = try CLIRunner.run(["policies", "fingerprint", "sample", "/nonexistent/LICENSE"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("/nonexistent/LICENSE"))
    }
}
