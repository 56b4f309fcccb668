import BundleModel

/// Where a release comes from and which licenses bind it, with the evidence for each step.
public struct Lineage: Sendable, Equatable {
    /// Licenses whose obligations apply to the release.
    public var upstreams: [UpstreamLicense]
    /// Licenses the release's own metadata claims (card, GGUF).
    public var declared: [DeclaredLicense]
    /// License texts found in the bundle.
    public var detected: [DetectedLicense]
    /// Models the release names as its parents or as the source of its training data.
    public var baseModels: [BaseModelReference]
    /// The model's names, from the facts, the card, GGUF files and GGUF file names.
    public var modelNames: [ModelName]
    /// The release modifies or derives from another model.
    public var isDerivative: Bool
    /// Evidence that the model (or a parent) is multimodal; empty when none was found.
    public var multimodalEvidence: [Evidence]
    /// What the evidence could not decide: each question names the candidate bases and their licenses.
    public var questions: [LineageQuestion]
    /// The release ships weights (or an adapter, or a Modelfile that pulls them): it derives from
    /// something, even when nothing says what.
    public var shipsWeights: Bool

    /// Creates a lineage from its parts (for tools that describe one without resolving it).
    public init(
        upstreams: [UpstreamLicense] = [], declared: [DeclaredLicense] = [], detected: [DetectedLicense] = [],
        baseModels: [BaseModelReference] = [], modelNames: [ModelName] = [], isDerivative: Bool = false,
        multimodalEvidence: [Evidence] = [],
        questions: [LineageQuestion] = [], shipsWeights: Bool = false
    ) {
        self.upstreams = upstreams
        self.declared = declared
        self.detected = detected
        self.baseModels = baseModels
        self.modelNames = modelNames
        self.isDerivative = isDerivative
        self.multimodalEvidence = multimodalEvidence
        self.questions = questions
        self.shipsWeights = shipsWeights
    }

    /// The licenses the open questions name, sorted.
    public var candidateLicenses: [String] {
        Set(questions.flatMap { $0.candidates.flatMap(\.licenses) }).sorted()
    }

    /// Whether any evidence says the model is multimodal.
    public var isMultimodal: Bool { !multimodalEvidence.isEmpty }

    /// The upstream with this license id.
    public func upstream(_ id: String) -> UpstreamLicense? {
        upstreams.first { $0.id == id }
    }
}

/// A license that binds the release, and how it reaches it.
public struct UpstreamLicense: Sendable, Equatable {
    public var id: String
    public var reach: Reach
    /// How it was resolved, one step per line (`README.md base_model meta-llama/Llama-3.1-8B → registry → llama3.1`).
    public var chain: [String]
    public var evidence: [Evidence]
    /// The base models that carry this license.
    public var models: [String]
    /// The links that bind it, each with its basis, strength and evidence.
    public var lineage: [LineageLink]

    public init(
        id: String, reach: Reach, chain: [String], evidence: [Evidence], models: [String], lineage: [LineageLink] = []
    ) {
        self.id = id
        self.reach = reach
        self.chain = chain
        self.evidence = evidence
        self.models = models
        self.lineage = lineage
    }

    /// Whether the release derives from the licensed weights or was only trained on their outputs.
    public enum Reach: String, Sendable, Equatable {
        case weights
        case outputs
    }
}

/// A license the release's metadata declares.
public struct DeclaredLicense: Sendable, Equatable {
    /// The value as written (`apache-2.0`, `other`).
    public var value: String
    /// The license id it names, when clearance knows it.
    public var id: String?
    /// Where it was declared.
    public var evidence: Evidence
    /// Which metadata declared it.
    public var source: Source

    public init(value: String, id: String?, evidence: Evidence, source: Source) {
        self.value = value
        self.id = id
        self.evidence = evidence
        self.source = source
    }

    public enum Source: String, Sendable, Equatable {
        case modelCard = "model card"
        case gguf = "GGUF metadata"
        case safetensors = "safetensors metadata"
    }
}

/// A license text found in the bundle.
public struct DetectedLicense: Sendable, Equatable {
    public var id: String
    public var document: LicenseDocumentKind
    public var status: LicenseTextStatus
    public var evidence: Evidence
    /// The file's artifact kind (`license`, `notice`, `other`).
    public var artifactKind: ArtifactKind
    /// The fingerprint that identified the text, which tells a license's texts apart (the
    /// Hunyuan texts of one license id with different territories); nil when found by title only.
    public var fingerprint: String?

    public init(
        id: String, document: LicenseDocumentKind, status: LicenseTextStatus, evidence: Evidence,
        artifactKind: ArtifactKind,
        fingerprint: String? = nil
    ) {
        self.id = id
        self.document = document
        self.status = status
        self.evidence = evidence
        self.artifactKind = artifactKind
        self.fingerprint = fingerprint
    }
}

/// A model named as a parent or as a source of training data.
public struct BaseModelReference: Sendable, Equatable {
    public var reference: String
    public var reach: UpstreamLicense.Reach
    public var evidence: Evidence
    /// What declared it (`model card base_model`, `GGUF general.base_model.0`, …).
    public var source: String
    /// The licenses the registry gives it; empty when the registry does not know it.
    public var licenses: [String]
    public var multimodal: Bool

    public init(
        reference: String, reach: UpstreamLicense.Reach, evidence: Evidence, source: String, licenses: [String],
        multimodal: Bool = false
    ) {
        self.reference = reference
        self.reach = reach
        self.evidence = evidence
        self.source = source
        self.licenses = licenses
        self.multimodal = multimodal
    }
}

/// A name the model is published under.
public struct ModelName: Sendable, Equatable {
    public var name: String
    public var source: String
    public var evidence: Evidence

    public init(name: String, source: String, evidence: Evidence) {
        self.name = name
        self.source = source
        self.evidence = evidence
    }
}
