import Foundation
import TestSupport
import Testing

/// The "done when", end to end through the built `clearance`: `openness` in text and
/// JSON and the JSON report of `check`, on releases written for these tests in the manner of
/// real ones (Llama-2-7b-chat, OLMo-7B, a Llama 3.1 fine-tune calling itself open source).
@Suite struct OpennessCommandTests {
    private func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLIRunner.run(arguments + ["--format", "json"])
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    private func openness(_ document: [String: Any]) throws -> [String: Any] {
        try #require(document["openness"] as? [String: Any])
    }

    private func radboudLevel(_ openness: [String: Any], _ dimension: String) throws -> String? {
        let cells = try #require((openness["radboud"] as? [String: Any])?["cells"] as? [[String: Any]])
        return cells.first { $0["dimension"] as? String == dimension }?["level"] as? String
    }

    private func claimFindings(_ report: [String: Any]) throws -> [[String: Any]] {
        let findings = try #require(report["findings"] as? [[String: Any]])
        return findings.filter { $0["category"] as? String == "openness-claim" }
    }

    @Test("a Llama 2 chat release: OSI does not pass Llama 2, Radboud's license cell is closed")
    func llama2Chat() throws {
        let directory = try TemporaryDirectory()
        let bundle = try OpennessReleases.llama2Chat(in: directory)
        let profile = try openness(try json(["openness", bundle]))
        let licenses = try #require(profile["licenses"] as? [[String: Any]])
        let llama2 = try #require(licenses.first { $0["id"] as? String == "llama2" })
        #expect(llama2["osd"] as? String == "non-conformant")
        #expect(llama2["osiApproved"] as? Bool == false)
        #expect(llama2["osaid"] as? String == "ineligible")
        #expect((llama2["assessedBy"] as? String)?.contains("OSAID validation: Llama 2 does not pass") == true)
        let clauses = try #require(llama2["clauses"] as? [[String: Any]])
        let threshold = try #require(clauses.first { $0["section"] as? String == "§2" })
        #expect(threshold["osd"] as? [Int] == [5])
        #expect((threshold["clause"] as? String)?.contains("700 million monthly active users") == true)
        #expect((profile["osaid"] as? [String: Any])?["status"] as? String == "not-open-source-ai")
        #expect(try radboudLevel(profile, "license") == "closed")
        let claims = try #require(profile["claims"] as? [[String: Any]])
        #expect(claims.map { $0["kind"] as? String } == ["comparison"])

        let text = try CLIRunner.run(["openness", bundle])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("\(bundle): not OSD-conformant"))
        #expect(text.stdout.contains("Llama 2 does not pass"))
        let licenseRow = text.stdout.split(separator: "\n").first { $0.hasPrefix("  license ") }
        #expect(licenseRow?.contains("closed") == true, "\(text.stdout)")

        let report = try json(["check", bundle])
        #expect(try claimFindings(report).allSatisfy { $0["status"] as? String != "fail" })
    }

    @Test("an OLMo-style release with its facts reaches MOF Class I, in the profile and in the check report")
    func olmoLike() throws {
        let directory = try TemporaryDirectory()
        let (bundle, facts) = try OpennessReleases.olmoLike(in: directory)
        let mof = try #require(try openness(try json(["openness", bundle, "--facts", facts]))["mof"] as? [String: Any])
        #expect(mof["class"] as? Int == 1)
        #expect(mof["label"] as? String == "Class I - Open Science Model")
        #expect((mof["blocking"] as? [Any])?.isEmpty == true)

        let text = try CLIRunner.run(["openness", bundle, "--facts", facts])
        let heading = "Model Openness Framework: Class I - Open Science Model (III 100%, II 100%, I 100%)"
        #expect(text.stdout.contains(heading), "\(text.stdout)")
        let report = try json(["check", bundle, "--facts", facts])
        #expect((try openness(report)["mof"] as? [String: Any])?["class"] as? Int == 1)

        let withoutFacts = try #require(try openness(try json(["openness", bundle]))["mof"] as? [String: Any])
        #expect(withoutFacts["class"] == nil)
        #expect(withoutFacts["label"] as? String == "Unclassified")
    }

    @Test("open-washing: the open-source claim is a warning quoting it and the clause; accurate wording raises nothing")
    func openWashing() throws {
        let directory = try TemporaryDirectory()
        let report = try json(["check", try OpennessReleases.llamaFineTune(in: directory)])
        let findings = try claimFindings(report)
        let failing = findings.filter { $0["status"] as? String == "fail" }
        #expect(failing.count == 1)
        let finding = try #require(failing.first)
        #expect(finding["ruleId"] as? String == "openness_claim_supported")
        #expect(finding["severity"] as? String == "warning")
        let message = try #require(finding["message"] as? String)
        #expect(message.contains("fully open-source model for legal drafting"))
        #expect(message.contains("§2") && message.contains("OSD 5"))
        #expect(!message.contains("open weights") && !message.contains("outperforms"))
        #expect((finding["remediation"] as? String)?.contains("open weights, available under the Llama 3.1") == true)

        let accurate = try json(["check", try OpennessReleases.accurateLlama(in: directory)])
        #expect(try claimFindings(accurate).isEmpty)
        let claims = try #require(try openness(accurate)["claims"] as? [[String: Any]])
        #expect(claims.compactMap { $0["kind"] as? String }.sorted() == ["availability", "availability", "comparison"])
    }
}

/// The profile in the other report formats: SARIF results for claims carry the claim's
/// properties, the CycloneDX model component the verdicts, the checklist a table and the claims.
@Suite struct OpennessReportFormatTests {
    private func run(_ arguments: [String]) throws -> String {
        let result = try CLIRunner.run(arguments)
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        return result.stdout
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("SARIF: the result for an unsupported claim carries the claim, its judgement and the deciding clause")
    func sarif() throws {
        let directory = try TemporaryDirectory()
        let bundle = try OpennessReleases.llamaFineTune(in: directory)
        let log = try object(try run(["check", bundle, "--format", "sarif"]))
        let runs = try #require(log["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        let result = try #require(results.first { $0["ruleId"] as? String == "openness_claim_supported" })
        let properties = try #require(result["properties"] as? [String: Any])
        #expect(properties["category"] as? String == "openness-claim")
        let claim = try #require(properties["opennessClaim"] as? [String: Any])
        #expect((claim["claim"] as? String)?.contains("fully open-source model") == true)
        #expect(claim["judgement"] as? String == "unsupported")
        #expect(claim["osd"] as? String == "non-conformant")
        #expect(claim["limitedBy"] as? [String] == ["llama3.1"])
        let clause = try #require(claim["clause"] as? [String: Any])
        #expect(clause["section"] as? String == "§2" && clause["osdCriteria"] as? [Int] == [5])
        let others = results.filter { $0["ruleId"] as? String != "openness_claim_supported" }
        #expect(others.allSatisfy { ($0["properties"] as? [String: Any])?["opennessClaim"] == nil })
    }

    @Test("CycloneDX: the model component carries the verdicts and each open-source claim")
    func cyclonedx() throws {
        let directory = try TemporaryDirectory()
        let bundle = try OpennessReleases.llamaFineTune(in: directory)
        let bom = try object(try run(["check", bundle, "--format", "cyclonedx"]))
        let component = try #require((bom["metadata"] as? [String: Any])?["component"] as? [String: Any])
        let properties = try #require(component["properties"] as? [[String: String]])
        let values = { (name: String) in properties.filter { $0["name"] == name }.compactMap { $0["value"] } }
        #expect(values("clearance:openness-osd") == ["non-conformant"])
        #expect(values("clearance:openness-limited-by") == ["llama3.1"])
        #expect(values("clearance:openness-mof-class") == ["Unclassified"])
        #expect(values("clearance:openness-ai-act-licence-side") == ["not-met"])
        let claims = values("clearance:openness-claim")
        #expect(claims.count == 1)
        #expect(claims.first?.hasPrefix("unsupported: “Llama-3.1-Acme-8B is a fully open-source") == true)
    }

    @Test("the checklist: a table of verdicts, the claim to reword unticked, the components present")
    func checklist() throws {
        let directory = try TemporaryDirectory()
        let bundle = try OpennessReleases.llamaFineTune(in: directory)
        let markdown = try run(["checklist", bundle])
        let section = try #require(
            markdown.components(separatedBy: "## Openness\n").last?
                .components(separatedBy: "\n## ").first)
        #expect(section.contains("| Open source (OSD)? | not OSD-conformant | llama3.1 — §2:"))
        #expect(section.contains("| Model Openness Framework | Unclassified (III "))
        #expect(section.contains("| EU AI Act Art. 53(2), licence side | not-met |"))
        #expect(section.contains("- [ ] `README.md:8` “Llama-3.1-Acme-8B is a fully open-source model"))
        let parameters = "| Model parameters (Final) | III | included | llama3.1 (restricted) | `model.safetensors` |"
        #expect(section.contains(parameters))

        let (olmo, facts) = try OpennessReleases.olmoLike(in: directory)
        let open = try run(["checklist", olmo, "--facts", facts])
        let mofRow = "| Model Openness Framework | Class I - Open Science Model (III 100%, II 100%, I 100%) |"
        #expect(open.contains(mofRow))
        let paper = "| Research paper | I | declared | cc-by-4.0 (open) | <https://arxiv.org/abs/2402.00838> |"
        #expect(open.contains(paper))
    }
}

/// `policies show` gives a license's openness block: the verdict and each disqualifying clause.
@Suite struct PolicyOpennessShowTests {
    @Test("the verdict, the published assessment and each clause with its section, OSD criteria and AI Act bearing")
    func showsTheBlock() throws {
        let text = try CLIRunner.run(["policies", "show", "llama2"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Openness: non-conformant, not OSI-approved, OSAID ineligible"))
        #expect(text.stdout.contains("  assessed by OSI"))
        #expect(text.stdout.contains("  §2 A licensee whose products had more than 700 million"))
        #expect(text.stdout.contains("[OSD 5; AI Act: user-scale]"))

        let json = try CLIRunner.run(["policies", "show", "cc-by-nc-4.0", "--format", "json"])
        let pack = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let openness = try #require(pack["openness"] as? [String: Any])
        #expect(openness["osd"] as? String == "non-conformant")
        let clause = try #require((openness["clauses"] as? [[String: Any]])?.first)
        #expect(clause["section"] as? String == "§2(a)(1)" && clause["osd"] as? [Int] == [1, 6])
    }
}

/// A release whose lineage is a question: an open-source claim under its own open license is a
/// question too while a candidate base is under terms that are not open.
@Suite struct OpennessUndecidedLineageTests {
    @Test("an MIT card over a config started from Gemma 2: the claim and the AI Act's licence side are questions")
    func candidateBase() throws {
        let directory = try TemporaryDirectory()
        let card = "---\nlicense: mit\n---\n# Acme-Small-127M\n\nAcme-Small-127M is an open-source language model.\n"
        try directory.write("small/README.md", card)
        try directory.write(
            "small/config.json",
            """
            {"_name_or_path": "google/gemma-2-2b", "architectures": ["Gemma2ForCausalLM"], "model_type": "gemma2",
             "hidden_size": 384, "intermediate_size": 1536, "num_attention_heads": 12, "num_hidden_layers": 24,
             "num_key_value_heads": 2, "head_dim": 256, "vocab_size": 49152}
            """)
        try directory.write("small/model.safetensors", TinyWeights.safetensors)
        let result = try CLIRunner.run(["check", directory.path("small"), "--format", "json"])
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let openness = try #require(report["openness"] as? [String: Any])
        let osd = try #require(openness["osd"] as? [String: Any])
        #expect(osd["verdict"] as? String == "conformant")
        #expect(osd["undecided"] as? [String] == ["gemma"], "\(osd)")
        #expect((osd["accurateWording"] as? String)?.contains("unless it derives from a base under the Gemma") == true)
        #expect((openness["aiAct"] as? [String: Any])?["licenseSide"] as? String == "unknown")
        let findings = try #require(report["findings"] as? [[String: Any]])
        let claim = try #require(findings.first { $0["ruleId"] as? String == "openness_claim_supported" })
        #expect(claim["status"] as? String == "needs-review")
        #expect((claim["question"] as? String)?.contains("Does the release derive from a base under the Gemma") == true)
    }
}
