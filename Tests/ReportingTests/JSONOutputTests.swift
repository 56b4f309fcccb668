import BundleModel
import Foundation
import Reporting
import Testing

/// Encoding the artifacts one at a time gives exactly the text of encoding them all at once.
@Suite struct JSONOutputTests {
    @Test(arguments: [0, 1, 3, 512, 1030])
    func splicedArtifactsAreByteIdentical(count: Int) throws {
        var artifacts = (0..<count).map {
            Artifact(
                path: "dir/file-\($0).safetensors", kind: .weights, format: .safetensors, size: UInt64($0) * 1000,
                mode: FileMode(0o644))
        }
        if count > 0 {
            var metadata = ArtifactMetadata()
            metadata.lfsPointer = LFSPointerInfo(oid: "sha256:ab\"c/d", size: 12)
            artifacts[0].metadata = metadata
        }
        let full = Report(
            tool: ToolInfo(version: "0.1.0"), subject: Subject(path: "r.tar", format: .tar), verdict: .pass,
            licenses: [], artifacts: artifacts, findings: [])
        var frame = full
        frame.artifacts = []
        #expect(try JSONOutput.string(frame, artifacts: artifacts) == JSONOutput.string(full))
    }
}
