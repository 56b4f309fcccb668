import Foundation
import Testing

/// `hf://ORG/NAME[@REVISION]` bundles, read from a stand-in for the Hub on 127.0.0.1: the same
/// findings as the downloaded folder for a fraction of a percent of its bytes, and clear errors
/// for gated, forbidden and rate-limited repositories.
@Suite(.serialized) struct HubBundleTests {
    static let bundle = "hf://\(HubFixtureServer.repository)"

    private func report(_ result: CLIRunner.Result) throws -> NSDictionary {
        try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? NSDictionary, "\(result.stderr)")
    }

    @Test func aRepositoryReadsAsItsDownloadForAFractionOfItsBytes() throws {
        let server = try HubFixtureServer()
        let remote = try report(try server.clearance(["check", Self.bundle, "--format", "json"]))
        let local = try report(try CLIRunner.run(["check", server.release, "--format", "json"]))
        for key in ["findings", "licenses", "artifacts", "verdict", "summary"] {
            #expect(remote[key] as? NSObject == local[key] as? NSObject, "\(key) differs from the downloaded copy")
        }
        #expect((local["findings"] as? [NSDictionary])?.isEmpty == false)
        let subject = try #require(remote["subject"] as? NSDictionary)
        #expect(subject["format"] as? String == "hf")
        #expect(subject["commit"] as? String == HubFixtureServer.commit)
        #expect(subject["path"] as? String == Self.bundle)
        let transferred = try #require(subject["bytesTransferred"] as? Int)
        let (sent, requests) = try server.statistics()
        #expect(transferred == sent, "the report counts what the server sent")
        let size = try server.releaseSize()
        #expect(size > 16 << 30)
        #expect(transferred < 4 << 20 && transferred * 100 < size, "\(transferred) bytes of \(size)")
        let weights = requests.filter { request in
            let path = (request["path"] as? String)?.split(separator: "?").first ?? ""
            return path.hasSuffix("-of-00004.safetensors") || path.hasSuffix(".gguf")
        }
        #expect(weights.count >= 10)
        for request in weights {
            #expect(request["range"] is String, "weights are read by range only: \(request)")
        }
    }

    @Test func aGatedRepositoryNeedsTheTokenWhichStaysWithTheHub() throws {
        let token = "hf_fixtureToken123"
        let server = try HubFixtureServer(["--token", token])
        let refused = try server.clearance(["check", Self.bundle])
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains("\(Self.bundle): the Hub refused (HTTP 401): authentication required"),
            "\(refused.stderr)")
        #expect(refused.stderr.contains("set HF_TOKEN"))
        let allowed = try server.clearance(["check", Self.bundle, "--format", "json"], token: token)
        #expect(allowed.status == 1, "\(allowed.stderr)")
        #expect(!allowed.stdout.contains(token) && !allowed.stderr.contains(token) && !refused.stderr.contains(token))
        let (_, requests) = try server.statistics()
        let storage = requests.filter { ($0["path"] as? String)?.hasPrefix("/cdn/") == true }
        #expect(!storage.isEmpty)
        #expect(
            storage.allSatisfy { $0["authorization"] as? Bool == false }, "the token is not sent to the storage host")
        #expect(storage.allSatisfy { ($0["status"] as? Int) == 206 })
    }

    @Test func aForbiddenRepositoryIsAClearErrorInABatch() throws {
        let server = try HubFixtureServer(["--forbidden"])
        let list = try server.directory.write("list.txt", "\(Self.bundle)\n")
        let batch = try server.clearance(["check", "--batch", list, "--format", "json"], token: "hf_other")
        #expect(batch.status == 1)
        let line = try #require(try BatchFixture.objects(batch.stdout).first)
        #expect(line["bundle"] as? String == Self.bundle)
        #expect((line["error"] as? String)?.contains("the Hub refused (HTTP 403): access denied") == true, "\(line)")
    }

    @Test func rateLimitsAreWaitedOut() throws {
        let server = try HubFixtureServer(["--throttle", "2"])
        let result = try server.clearance(["check", Self.bundle, "--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        let (_, requests) = try server.statistics()
        #expect(requests.prefix(2).allSatisfy { $0["status"] as? Int == 429 })
        #expect(requests.count > 2)
    }

    @Test func aServerThatIgnoresRangesIsNotReadInFull() throws {
        let server = try HubFixtureServer(["--ignore-range"])
        let result = try server.clearance(["check", Self.bundle])
        #expect(result.status == 2)
        #expect(result.stderr.contains("the server ignored the byte range asked for"), "\(result.stderr)")
        let (sent, _) = try server.statistics()
        // Cut off once the first range's worth arrived (the server writes on until it sees the
        // connection close), not read to the end of the 1 GiB file.
        #expect(sent < 512 << 20, "\(sent) bytes")
    }

    @Test func theCacheAnswersAnUnchangedCommitWithoutFetchingFiles() throws {
        let server = try HubFixtureServer()
        let list = try server.directory.write("list.txt", "\(Self.bundle)\n\(Self.bundle)@\(HubFixtureServer.commit)\n")
        let cache = server.directory.path("cache.sqlite")
        let first = try server.clearance(["check", "--batch", list, "--cache", cache, "--format", "json"])
        let (_, before) = try server.statistics()
        let second = try server.clearance(["check", "--batch", list, "--cache", cache, "--format", "json"])
        let (_, after) = try server.statistics()
        let lines = try BatchFixture.objects(second.stdout)
        #expect((lines.last?["batch"] as? NSDictionary)?["fromCache"] as? Int == 2)
        #expect(try BatchFixture.objects(first.stdout).dropLast() == lines.dropLast())
        let rerun = after.dropFirst(before.count)
        #expect(rerun.count == 1, "one listing resolves main; the commit needs none: \(rerun)")
        #expect((rerun.first?["path"] as? String)?.hasSuffix("/revision/main") == true)
    }

    @Test(arguments: ["hf://just-a-name", "hf://a/b/c", "hf://org/name@", "hf://../x"])
    func aMalformedReferenceIsAnError(bundle: String) throws {
        let result = try CLIRunner.run(["check", bundle])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(bundle): not a Hub repository"), "\(result.stderr)")
    }
}
