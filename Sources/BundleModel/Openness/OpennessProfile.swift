/// How open a release is, computed from the bundle, its lineage and the declared facts: the
/// licenses against the Open Source Definition, Open Source AI (OSAID 1.0), the Model Openness
/// Framework, the Radboud openness dimensions, the licence side of the EU AI Act's open-source
/// exemption, and the openness claims its card makes (the JSON report's `openness`).
public struct OpennessProfile: Codable, Sendable, Equatable {
    /// Every license that bears on the release (upstream and declared), with its verdict.
    public var licenses: [LicenseVerdict]
    /// The release's verdict: the most restrictive of its licenses'.
    public var osd: ReleaseOSDVerdict
    /// Whether the release can be Open Source AI.
    public var osaid: OSAIDAssessment
    /// The Model Openness Framework profile and class.
    public var mof: MOFProfile
    /// The Radboud openness index's dimensions.
    public var radboud: RadboudProfile
    /// The licence side of the EU AI Act's open-source exemption, as a question.
    public var aiAct: AIActExemption
    /// Openness claims the release's card makes, each judged against the licenses.
    public var claims: [OpennessClaim]

    public init(
        licenses: [LicenseVerdict], osd: ReleaseOSDVerdict, osaid: OSAIDAssessment, mof: MOFProfile,
        radboud: RadboudProfile, aiAct: AIActExemption, claims: [OpennessClaim]
    ) {
        self.licenses = licenses
        self.osd = osd
        self.osaid = osaid
        self.mof = mof
        self.radboud = radboud
        self.aiAct = aiAct
        self.claims = claims
    }
}

/// One license's standing, as its policy pack records it.
public struct LicenseVerdict: Codable, Sendable, Equatable {
    /// The license id (`llama3.1`).
    public var id: String
    /// Its full name.
    public var name: String
    /// How it bears on the release: `upstream` (it binds the weights), `declared` (the release
    /// claims it), or both.
    public var roles: [LicenseRole]
    public var osd: OSDVerdict
    /// On the OSI's list of approved licenses.
    public var osiApproved: Bool
    public var osaid: OSAIDEligibility
    /// The MOF content types for which the MOT counts it type-appropriate.
    public var typeAppropriate: [MOFContentType]
    /// Who published the verdict (OSI, FSF); absent when it is clearance's reading of the clauses.
    public var assessedBy: String?
    /// The terms that keep it from being open source, each with its section and OSD criteria.
    public var clauses: [DisqualifyingClause]

    public init(
        id: String, name: String, roles: [LicenseRole], osd: OSDVerdict, osiApproved: Bool,
        osaid: OSAIDEligibility, typeAppropriate: [MOFContentType], assessedBy: String?,
        clauses: [DisqualifyingClause]
    ) {
        self.id = id
        self.name = name
        self.roles = roles
        self.osd = osd
        self.osiApproved = osiApproved
        self.osaid = osaid
        self.typeAppropriate = typeAppropriate
        self.assessedBy = assessedBy
        self.clauses = clauses
    }
}

/// The release's OSD verdict: capped by its most restrictive upstream and its declared license.
public struct ReleaseOSDVerdict: Codable, Sendable, Equatable {
    public var verdict: OSDVerdict
    /// The licenses that set the verdict (the most restrictive ones), or that could not be judged.
    public var limitedBy: [String]
    /// What the release may say about itself (`open weights, available under the Llama 3.1
    /// Community License Agreement`).
    public var accurateWording: String
    /// Licenses of candidate bases the lineage could not decide between that are less open than
    /// the verdict: until a person answers the lineage question, the release may be under them.
    public var undecided: [String]?

    public init(verdict: OSDVerdict, limitedBy: [String], accurateWording: String, undecided: [String]? = nil) {
        self.verdict = verdict
        self.limitedBy = limitedBy
        self.accurateWording = accurateWording
        self.undecided = undecided
    }
}

/// Open Source AI (OSAID 1.0): only the negative can be computed. A license that breaks the OSD
/// rules it out; otherwise it is "not demonstrated" until a person attests the data information,
/// code and parameters — the files alone never make a release Open Source AI.
public struct OSAIDAssessment: Codable, Sendable, Equatable {
    public var status: Status
    /// Why, in a sentence.
    public var reason: String
    /// The OSAID elements (data information, code, parameters) and whether the bundle or the
    /// facts show each.
    public var elements: [Element]

    public init(status: Status, reason: String, elements: [Element]) {
        self.status = status
        self.reason = reason
        self.elements = elements
    }

    public enum Status: String, Codable, Sendable {
        /// A license in the lineage is not OSD-conformant.
        case notOpenSourceAI = "not-open-source-ai"
        /// The licenses allow it; the required elements are not all shown.
        case notDemonstrated = "not-demonstrated"
        /// The licenses allow it and every element is shown or declared; a person must still
        /// attest their completeness.
        case elementsShown = "elements-shown"
    }

    /// One OSAID element.
    public struct Element: Codable, Sendable, Equatable {
        /// `data information`, `code`, `parameters`.
        public var name: String
        public var shown: Bool
        /// The MOF components that show it, or are missing.
        public var components: [MOFComponent]

        public init(name: String, shown: Bool, components: [MOFComponent]) {
            self.name = name
            self.shown = shown
            self.components = components
        }
    }
}
