import BundleModel

/// What a failed obligation asks for that can be written without judgement, as its check kind
/// describes it from the rule's context and the pack: `clearance fix` turns remedies into file
/// changes. Kinds whose remedy needs a person (a name, a fact, a threshold, a judgement) describe
/// none; their findings are left as questions.
public enum Remedy: Sendable, Equatable {
    /// A Notice file must carry a line exactly as the pack gives it.
    case noticeLine(licenseID: String, text: String)
    /// A license document must ship: its canonical text, copied from a license folder.
    case licenseDocument(LicenseDocumentRemedy)
    /// The card's front matter must declare a license.
    case cardLicense(CardLicenseRemedy)
    /// The card's front matter must name its base models (and their relation, when the files show it).
    case cardBaseModels(models: [String], relation: String?)
    /// The card's `base_model_relation` must be `relation` instead of what it says.
    case cardRelation(String)
    /// A line the card's "License" section must carry: a display statement, a modification notice.
    case cardStatement(String)
    /// A change only a person may make (renaming the model), suggested in words: fix lists it to
    /// be done by hand and never does it.
    case suggestion(String)
}

/// A failed rule's remedy, with the rule it satisfies.
public struct RuleRemedy: Sendable, Equatable {
    /// The rule whose failure the remedy answers.
    public var ruleId: String
    /// The rule's license, or nil for the general pack.
    public var license: String?
    public var remedy: Remedy

    public init(ruleId: String, license: String?, remedy: Remedy) {
        self.ruleId = ruleId
        self.license = license
        self.remedy = remedy
    }
}

/// A license document that must ship with the release.
public struct LicenseDocumentRemedy: Sendable, Equatable {
    /// The license id (the folder name in `--license-dir`).
    public var licenseID: String
    /// The agreement or its use policy.
    public var document: LicenseDocumentKind
    /// The license's full name, for messages.
    public var licenseName: String
    /// Where the license's text is published.
    public var url: String
    /// Addresses whose mention in the card also carries the document downstream (a use policy's
    /// URL); empty when only a copy does.
    public var links: [String]
    /// A file holding an altered or other-version copy that the canonical text replaces.
    public var replacing: String?

    public init(
        licenseID: String, document: LicenseDocumentKind, licenseName: String, url: String,
        links: [String] = [], replacing: String? = nil
    ) {
        self.licenseID = licenseID
        self.document = document
        self.licenseName = licenseName
        self.url = url
        self.links = links
        self.replacing = replacing
    }
}

/// A license the card must declare, as the Hub writes it: its identifier, or `other` with
/// `license_name` and `license_link` where the Hub has none.
public struct CardLicenseRemedy: Sendable, Equatable {
    /// The license id the declaration stands for.
    public var licenseID: String
    /// The `license:` value (`llama3.1`, or `other`).
    public var value: String
    /// `license_name`, with `license: other`.
    public var name: String?
    /// `license_link`, with `license: other`.
    public var link: String?
    /// Declared values the upstream license cannot be replaced by (a relabelling), to be removed.
    public var replacing: [String]

    public init(licenseID: String, value: String, name: String? = nil, link: String? = nil, replacing: [String] = []) {
        self.licenseID = licenseID
        self.value = value
        self.name = name
        self.link = link
        self.replacing = replacing
    }

    /// How the card declares `pack`'s license.
    static func declaring(_ pack: PolicyPack, replacing: [String] = []) -> CardLicenseRemedy {
        if let identifier = pack.license.huggingFace?.first {
            return CardLicenseRemedy(licenseID: pack.license.id, value: identifier, replacing: replacing)
        }
        return CardLicenseRemedy(
            licenseID: pack.license.id, value: "other", name: pack.license.id,
            link: pack.license.url, replacing: replacing)
    }
}
