import Clearance
import Foundation

/// The check request a command line describes, with what a `.clearance.yml` in the current
/// folder or above adds (facts, waivers, exclusions, the gate).
enum CommandRequest {
    static func make(
        bundle: String, facts: String?, policies: String?, waivers: String?, failOn: FailThreshold?,
        hash: Bool, hashBundleFile: Bool, reading: ReadingOptions, noBundleFacts: Bool
    ) throws -> CheckRequest {
        let config = try Clearance.projectConfig(searchingFrom: FileManager.default.currentDirectoryPath)
        var request = CheckRequest(
            bundlePath: bundle, factsFile: facts, policiesDirectory: policies, waiversFile: waivers,
            failOn: failOn ?? config?.failOn ?? .error, computeHashes: hash,
            hashBundleFile: hashBundleFile)
        request.exclusions = reading.exclusions
        request.followLinks = reading.followLinks
        request.ignoreBundleFacts = noBundleFacts
        if let config { request.adopt(config) }
        return request
    }
}
