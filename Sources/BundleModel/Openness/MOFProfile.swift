/// A release against the Model Openness Framework: each of the 17 components with its status and
/// license, the class reached, and what blocks the next one.
public struct MOFProfile: Codable, Sendable, Equatable {
    /// The 17 components, in class order (III, II, I).
    public var components: [MOFComponentEntry]
    /// 3, 2 or 1 (Class III, II, I), or nil for unclassified.
    public var mofClass: Int?
    /// `Class III - Open Model`, or `Unclassified`, as the MOT labels it.
    public var label: String
    /// Per class (`"3"`, `"2"`, `"1"`), the share of its required components met, in percent, as
    /// the MOT computes progress.
    public var progress: [String: Int]
    /// The class the release would reach next, or nil when it has Class I.
    public var nextClass: Int?
    /// The components that keep it from the next class, each with why.
    public var blocking: [MOFBlocker]
    /// Open licenses that are not the kind the MOT expects for the component (its conditional pass).
    public var warnings: [String]

    public init(
        components: [MOFComponentEntry], mofClass: Int?, label: String, progress: [String: Int],
        nextClass: Int?, blocking: [MOFBlocker], warnings: [String]
    ) {
        self.components = components
        self.mofClass = mofClass
        self.label = label
        self.progress = progress
        self.nextClass = nextClass
        self.blocking = blocking
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case components
        case mofClass = "class"
        case label, progress, nextClass, blocking, warnings
    }

    /// The MOT's label for a class (nil: unclassified).
    public static func label(of mofClass: Int?) -> String {
        switch mofClass {
        case 1: "Class I - Open Science Model"
        case 2: "Class II - Open Tooling Model"
        case 3: "Class III - Open Model"
        default: "Unclassified"
        }
    }

    /// The entry of one component.
    public func entry(_ component: MOFComponent) -> MOFComponentEntry? {
        components.first { $0.component == component }
    }
}

/// One MOF component of the release.
public struct MOFComponentEntry: Codable, Sendable, Equatable {
    public var component: MOFComponent
    /// The MOT's name for it.
    public var name: String
    public var status: MOFStatus
    /// Where it is in the bundle (`included`).
    public var paths: [String]
    /// Where it is published (`declared`).
    public var url: String?
    /// Its license, resolved in the MOT's order, and how it is judged; nil when the component is
    /// neither included nor declared.
    public var license: ComponentLicense?
    /// What shows it, or what was looked for.
    public var evidence: [Evidence]
    /// The facts-file key that would settle it when its status is `unknown` (`openness.trainingCode`).
    public var decidedBy: String?

    public init(
        component: MOFComponent, status: MOFStatus, paths: [String] = [], url: String? = nil,
        license: ComponentLicense? = nil, evidence: [Evidence] = [], decidedBy: String? = nil
    ) {
        self.component = component
        self.name = component.motName
        self.status = status
        self.paths = paths
        self.url = url
        self.license = license
        self.evidence = evidence
        self.decidedBy = decidedBy
    }

    /// Whether it counts toward a class: present, under an open license.
    public var counts: Bool {
        [.included, .declared].contains(status) && (license?.judgement.counts ?? false)
    }
}

/// Whether a component is there.
public enum MOFStatus: String, Codable, Sendable, CaseIterable {
    /// Found in the bundle.
    case included
    /// Published elsewhere, as the facts declare (with a URL).
    case declared
    /// Not in the bundle where a release carries it, or declared unpublished.
    case missing
    /// Not in the bundle, and nothing says whether it is published elsewhere.
    case unknown
}

/// A component's license, resolved as the MOT does: the component's own license, else the
/// release's license for its content type, else the release's distribution license — and for
/// parameters, the licenses of the weights they derive from besides.
public struct ComponentLicense: Codable, Sendable, Equatable {
    /// The license ids (several when an upstream binds the parameters besides the declared one).
    public var ids: [String]
    /// Where the license came from.
    public var source: Source
    public var judgement: Judgement
    /// Why, in a sentence.
    public var note: String

    public init(ids: [String], source: Source, judgement: Judgement, note: String) {
        self.ids = ids
        self.source = source
        self.judgement = judgement
        self.note = note
    }

    /// The level of the MOT's resolution that gave the license.
    public enum Source: String, Codable, Sendable {
        /// A license file beside the component, or the facts' license for it.
        case component
        /// The facts' `openness.licenseByType` for the component's content type.
        case contentType = "content-type"
        /// The release's own license (declared, or its root license text).
        case distribution
        /// None found.
        case none
    }

    /// How the license fares against the component's type.
    public enum Judgement: String, Codable, Sendable {
        /// Open and type-appropriate.
        case open
        /// Open, but not the kind the MOT lists for the type (counts, with a warning).
        case openNotTypeAppropriate = "open-not-type-appropriate"
        /// Not open (the MOT's `invalid`).
        case restricted
        /// No license at all.
        case unlicensed
        /// A license clearance has no assessment of.
        case unknown

        /// Whether the MOT counts the component as included.
        public var counts: Bool { self == .open || self == .openNotTypeAppropriate }
    }
}

/// A component that keeps the release from the next class, and why.
public struct MOFBlocker: Codable, Sendable, Equatable {
    public var component: MOFComponent
    /// `missing`, `unknown`, `restricted license`, …, in a sentence.
    public var reason: String
    /// The facts-file key that would settle it, when facts can.
    public var decidedBy: String?

    public init(component: MOFComponent, reason: String, decidedBy: String? = nil) {
        self.component = component
        self.reason = reason
        self.decidedBy = decidedBy
    }
}
