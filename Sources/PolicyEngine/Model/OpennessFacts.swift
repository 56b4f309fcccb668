import BundleModel

/// The facts file's `openness:`: release components that live outside the bundle, for the
/// openness profile (docs/facts.md).
///
/// ```yaml
/// openness:
///   trainingCode: {url: https://github.com/acme/train, license: apache-2.0}
///   researchPaper: {url: https://arxiv.org/abs/2402.00838, license: cc-by-4.0, peerReviewed: true}
///   licenseByType: {code: apache-2.0, document: cc-by-4.0}
///   unpublished: [intermediateParameters]
///   package: {url: https://pypi.org/project/acme-lm/}
/// ```
///
/// Each MOF component is declared under its key (`MOFComponent.factKey`); `trainingData` is the
/// MOF's "Datasets".
public struct OpennessFacts: Codable, Sendable, Equatable {
    /// The components published outside the bundle, by component.
    public var components: [MOFComponent: ComponentFact]
    /// The release's license for each content type: the MOT's second level of license resolution.
    public var licenseByType: LicenseByType?
    /// Components the publisher states are not published at all (so `missing`, not `unknown`).
    public var unpublished: [MOFComponent]?
    /// A versioned package of the model's code (PyPI, Homebrew), for the Radboud `package` cell.
    public var package: ComponentFact?

    public init(
        components: [MOFComponent: ComponentFact] = [:], licenseByType: LicenseByType? = nil,
        unpublished: [MOFComponent]? = nil, package: ComponentFact? = nil
    ) {
        self.components = components
        self.licenseByType = licenseByType
        self.unpublished = unpublished
        self.package = package
    }

    private static let otherKeys = ["licenseByType", "unpublished", "package"]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: NameKey.self)
        var components: [MOFComponent: ComponentFact] = [:]
        for key in container.allKeys {
            guard let component = MOFComponent(rawValue: key.stringValue) else {
                guard Self.otherKeys.contains(key.stringValue) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: container,
                        debugDescription: Message.unknownKey(key.stringValue))
                }
                continue
            }
            components[component] = try container.decode(ComponentFact.self, forKey: key)
        }
        self.components = components
        licenseByType = try container.decodeIfPresent(LicenseByType.self, forKey: NameKey(stringValue: "licenseByType"))
        unpublished = try container.decodeIfPresent([MOFComponent].self, forKey: NameKey(stringValue: "unpublished"))
        package = try container.decodeIfPresent(ComponentFact.self, forKey: NameKey(stringValue: "package"))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: NameKey.self)
        for (component, fact) in components.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            try container.encode(fact, forKey: NameKey(stringValue: component.factKey))
        }
        try container.encodeIfPresent(licenseByType, forKey: NameKey(stringValue: "licenseByType"))
        try container.encodeIfPresent(unpublished, forKey: NameKey(stringValue: "unpublished"))
        try container.encodeIfPresent(package, forKey: NameKey(stringValue: "package"))
    }

    /// A component published outside the bundle.
    public struct ComponentFact: Codable, Sendable, Equatable {
        /// Where it is published.
        public var url: String
        /// Its license id (`apache-2.0`), when it has its own.
        public var license: String?
        /// For a research paper: it passed peer review (the Radboud `paper` cell).
        public var peerReviewed: Bool?

        public init(url: String, license: String? = nil, peerReviewed: Bool? = nil) {
            self.url = url
            self.license = license
            self.peerReviewed = peerReviewed
        }
    }

    /// The release's license per MOF content type.
    public struct LicenseByType: Codable, Sendable, Equatable {
        public var code: String?
        public var data: String?
        public var document: String?

        public init(code: String? = nil, data: String? = nil, document: String? = nil) {
            self.code = code
            self.data = data
            self.document = document
        }

        /// The license for one content type.
        public subscript(type: MOFContentType) -> String? {
            switch type {
            case .code: code
            case .data: data
            case .document: document
            }
        }
    }
}

// MARK: - Messages

extension OpennessFacts {
    fileprivate enum Message {
        static func unknownKey(_ key: String) -> String {
            let known = MOFComponent.allCases.map(\.factKey) + otherKeys
            return "openness.\(key) is not a component or setting (known: \(known.joined(separator: ", ")))"
        }
    }
}
