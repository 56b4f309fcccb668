import BundleModel
import Clearance
import Foundation
import TestSupport
import Testing

/// The openness profile of whole releases, read from disk with the built-in packs: a Llama 3.1
/// fine-tune, an Apache-2.0 model with code and data declared, an OLMo-like fully open release,
/// a CC BY-NC model, and a Llama 2 chat release against the published assessments.
@Suite struct OpennessProfileTests {
    private func profile(_ bundle: String, facts: String? = nil) throws -> (OpennessProfile, [Finding]) {
        let result = try Clearance.check(CheckRequest(bundlePath: bundle, factsFile: facts))
        let profile = try #require(result.report.openness)
        return (profile, result.report.findings.filter { $0.category == .opennessClaim })
    }

    @Test("a Llama 3.1 fine-tune: not open source, unclassified, its claim caught, its accurate words left alone")
    func llamaFineTune() throws {
        let directory = try TemporaryDirectory()
        let (profile, claims) = try profile(try OpennessReleases.llamaFineTune(in: directory))
        #expect(profile.osd.verdict == .nonConformant)
        #expect(profile.osd.limitedBy == ["llama3.1"])
        #expect(profile.osd.accurateWording.contains("open weights, available under the Llama 3.1 Community License"))
        #expect(profile.osaid.status == .notOpenSourceAI)
        let parameters = try #require(profile.mof.entry(.finalParameters))
        #expect(parameters.status == .included && parameters.license?.judgement == .restricted)
        #expect(profile.mof.mofClass == nil && profile.mof.label == "Unclassified")
        #expect(profile.mof.blocking.contains { $0.component == .finalParameters })
        #expect(profile.radboud.cell(.license)?.level == .closed)
        #expect(profile.aiAct.licenseSide == .notMet)
        #expect(profile.aiAct.terms.contains { $0.section == "§2" && $0.condition == .userScale })
        #expect(profile.claims.map(\.kind) == [.openSource, .availability, .comparison])
        let finding = try #require(claims.first)
        #expect(claims.count == 1 && finding.status == .fail && finding.severity == .warning)
        #expect(finding.message.contains("fully open-source") && finding.message.contains("§2"))
        #expect(finding.message.contains("OSD 5"))
        #expect(finding.remediation.contains("open weights"))
        #expect(finding.evidence.first?.line == 8)
    }

    @Test(
        "an Apache-2.0 model with its code shipped and its data declared: Class III; evaluation data decides Class II"
    )
    func apacheWithCode() throws {
        let directory = try TemporaryDirectory()
        let (bundle, facts) = try OpennessReleases.apacheWithCode(in: directory)
        let (profile, claims) = try profile(bundle, facts: facts)
        #expect(profile.osd.verdict == .conformant)
        #expect(profile.osaid.status == .notDemonstrated)
        #expect(profile.mof.entry(.trainingCode)?.paths == ["scripts/train.py"])
        #expect(profile.mof.entry(.inferenceCode)?.status == .included)
        #expect(profile.mof.entry(.evaluationCode)?.paths == ["eval/evaluate.py"])
        #expect(profile.mof.entry(.evaluationResults)?.status == .included)
        #expect(profile.mof.entry(.technicalReport)?.url == "https://arxiv.org/abs/2501.01234")
        let data = try #require(profile.mof.entry(.trainingData))
        #expect(data.status == .declared && data.license?.ids == ["cc-by-4.0"])
        #expect(data.license?.judgement == .openNotTypeAppropriate)
        #expect(profile.mof.mofClass == 3)
        #expect(profile.mof.nextClass == 2)
        #expect(profile.mof.blocking.map(\.component) == [.evaluationData])
        #expect(profile.mof.blocking.first?.decidedBy == "openness.evaluationData")
        #expect(profile.mof.warnings.contains { $0.hasPrefix("Model parameters (Final)") })
        #expect(profile.radboud.cell(.license)?.level == .open)
        #expect(profile.radboud.cell(.opencode)?.level == .open)
        #expect(profile.aiAct.licenseSide == .met)
        #expect(claims.map(\.status) == [.pass])
    }

    @Test("an OLMo-like release with its facts reaches MOF Class I")
    func olmoLike() throws {
        let directory = try TemporaryDirectory()
        let (bundle, facts) = try OpennessReleases.olmoLike(in: directory)
        let (profile, claims) = try profile(bundle, facts: facts)
        #expect(profile.mof.mofClass == 1)
        #expect(profile.mof.label == "Class I - Open Science Model")
        #expect(profile.mof.progress == ["3": 100, "2": 100, "1": 100])
        #expect(profile.mof.nextClass == nil && profile.mof.blocking.isEmpty)
        #expect(profile.mof.entry(.technicalReport)?.status == .unknown)
        #expect(profile.mof.entry(.researchPaper)?.status == .declared)
        #expect(profile.mof.warnings.contains { $0.hasPrefix("Datasets") })
        #expect(profile.osaid.status == .elementsShown)
        #expect(profile.radboud.cell(.llmweights)?.level == .open)
        #expect(profile.radboud.cell(.llmdata)?.level == .open)
        #expect(profile.radboud.cell(.paper)?.level == .open)
        #expect(profile.radboud.cell(.package)?.level == .open)
        #expect(profile.radboud.cell(.modelcard)?.level == .open)
        #expect(profile.radboud.cell(.rlweights)?.level == .unknown)
        #expect(profile.radboud.score == Double(profile.radboud.knownCells))
        #expect(claims.allSatisfy { $0.status == .pass } && !claims.isEmpty)
    }

    @Test(
        "a CC BY-NC model: not open source (OSD 1, 6), its tag and prose claims caught, the AI Act's side not met"
    )
    func nonCommercial() throws {
        let directory = try TemporaryDirectory()
        let (profile, claims) = try profile(try OpennessReleases.nonCommercial(in: directory))
        #expect(profile.osd.verdict == .nonConformant)
        let license = try #require(profile.licenses.first)
        #expect(license.id == "cc-by-nc-4.0" && license.clauses.first?.osd == [1, 6])
        #expect(profile.mof.mofClass == nil)
        #expect(profile.radboud.cell(.license)?.level == .closed)
        #expect(profile.aiAct.licenseSide == .notMet)
        #expect(profile.aiAct.terms.first?.condition == .nonCommercial)
        #expect(claims.count == 2 && claims.allSatisfy { $0.status == .fail })
        #expect(claims.contains { $0.message.contains("tags: open-source") })
    }

    @Test("a permissive license the OSI has not approved: conformant, but the wording does not call it OSI-approved")
    func unapprovedPermissive() throws {
        let directory = try TemporaryDirectory()
        let card = "---\nlicense: apple-ascl\n---\n# Acme-Depth\n\nAcme-Depth is an open-source depth model.\n"
        try directory.write("ascl/README.md", card)
        try directory.write("ascl/model.safetensors", TinyWeights.safetensors)
        let (profile, claims) = try profile(directory.path("ascl"))
        #expect(profile.osd.verdict == .conformant)
        let wording = profile.osd.accurateWording
        #expect(wording.contains("is not OSI-approved") && !wording.hasPrefix("open source"))
        #expect(profile.licenses.first?.osiApproved == false)
        #expect(claims.map(\.status) == [.pass])
    }

    @Test(
        "the openness-claim rule and the profile report the same claims, judged alike",
        arguments: ["llama fine-tune", "accurate llama", "apache with code", "olmo-like", "non-commercial"])
    func claimsAgree(release: String) throws {
        let directory = try TemporaryDirectory()
        let (bundle, facts): (String, String?) =
            switch release {
            case "llama fine-tune": (try OpennessReleases.llamaFineTune(in: directory), nil)
            case "accurate llama": (try OpennessReleases.accurateLlama(in: directory), nil)
            case "apache with code": try OpennessReleases.apacheWithCode(in: directory)
            case "olmo-like": try OpennessReleases.olmoLike(in: directory)
            default: (try OpennessReleases.nonCommercial(in: directory), nil)
            }
        let (profile, findings) = try profile(bundle, facts: facts)
        let claims = profile.claims.filter { $0.kind == .openSource }
        #expect(claims.count == findings.count)
        for (claim, finding) in zip(claims, findings) {
            let place = try #require(finding.evidence.first)
            #expect(place.path == claim.path && place.line == claim.line && place.excerpt == claim.text)
            let status: FindingStatus =
                switch claim.judgement {
                case .unsupported: .fail
                case .unverifiable: .needsReview
                case .supported, .accurate: .pass
                }
            #expect(finding.status == status, "\(claim.text)")
        }
    }

    @Test(
        "a Llama 2 chat release matches the published assessments: OSI does not pass it, Radboud's license cell closed"
    )
    func llama2Chat() throws {
        let directory = try TemporaryDirectory()
        let (profile, _) = try profile(try OpennessReleases.llama2Chat(in: directory))
        let llama2 = try #require(profile.licenses.first { $0.id == "llama2" })
        #expect(llama2.osd == .nonConformant && llama2.osaid == .ineligible)
        #expect(llama2.assessedBy?.contains("OSI") == true)
        #expect(llama2.clauses.map(\.section) == ["§2", "§1.b.iv", "§1.b.v"])
        #expect(profile.osaid.status == .notOpenSourceAI)
        #expect(profile.osaid.reason.contains("Llama 2 does not pass"))
        let license = try #require(profile.radboud.cell(.license))
        #expect(license.level == .closed)
        #expect(profile.radboud.cell(.modelcard)?.level == .partial)
        #expect(profile.radboud.cells.filter { $0.level == .unknown }.allSatisfy { $0.level.points == nil })
    }
}
