import Foundation
import TestSupport
import Testing

/// Issue 11, item 14: `--output` never writes through a link. The report goes to a temporary
/// file beside the target, renamed over it, so the link is replaced and what it pointed at stays.
@Suite struct OutputLinkTests {
    @Test(arguments: ["check", "checklist"])
    func aLinkAtTheOutputPath(command: String) throws {
        let scratch = try TemporaryDirectory()
        let release = try scratch.write("release/README.md", "# M\n")
        let victim = try scratch.write("victim.txt", "keep me\n")
        let output = scratch.path("report.out")
        try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: victim)
        let run = try BoundedRun.run(
            [command, URL(fileURLWithPath: release).deletingLastPathComponent().path, "--output", output], in: scratch,
            case: "\(command) --output through a link")
        #expect([0, 1].contains(run.status), "\(run.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me\n")
        let type = try FileManager.default.attributesOfItem(atPath: output)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("release"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter {
            $0.hasPrefix(".report.out")
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
