import BundleModel

/// One license's policy pack (`policies/<license-id>.yml`), schema version 1.
public struct PolicyPack: Codable, Sendable, Equatable {
    /// The schema version; only 1 exists.
    public var version: Int
    /// What the license is and how it is named in the wild.
    public var license: LicenseInfo
    /// How its texts are recognised.
    public var identification: Identification?
    /// The exact attribution lines a Notice file must carry.
    public var notices: [String]?
    /// The lines other texts of the license require instead of `notices` (the FLUX.1 [dev] text of
    /// 2024-08-01 spells the company differently, Hunyuan3D 2.0 names itself), by text.
    public var noticesByText: [TextNotices]?
    /// The obligations.
    public var rules: [PolicyRule]
    /// How the license stands against the OSD, OSAID and the MOF, with its disqualifying clauses.
    /// Every built-in pack has one; a pack without it is `unverified` in the openness profile.
    public var openness: LicenseOpenness?
    /// The family templates the pack builds on (`policies/templates/<name>.yml`), in the order their
    /// rules were inherited; nil for a pack written out in full.
    public var templates: [String]?

    /// Every notice line the pack knows, for the inspector to look for: the default ones and
    /// those of each text.
    public var allNotices: [String] {
        var all = notices ?? []
        for line in (noticesByText ?? []).flatMap(\.notices) where !all.contains(line) { all.append(line) }
        return all
    }

    /// Whether `value` (a `license:` id, `license_name`, SPDX id or alias) names this license.
    public func isNamed(_ value: String) -> Bool {
        nameKeys.contains(LicenseInfo.key(value))
    }

    /// Every name of the license (id, Hugging Face identifiers, aliases, SPDX id), normalised.
    var nameKeys: [String] {
        ([license.id] + (license.huggingFace ?? []) + (license.aliases ?? []) + [license.spdx].compactMap { $0 })
            .map(LicenseInfo.key)
    }
}

/// The notice lines one text of a license requires instead of its pack's default ones.
public struct TextNotices: Codable, Sendable, Equatable {
    /// The fingerprint name of the text (`flux-1-dev-non-commercial-license-2024-08-01.agreement`).
    public var text: String
    /// The lines a Notice file must carry when the release ships that text.
    public var notices: [String]
}

/// A license's identity.
public struct LicenseInfo: Codable, Sendable, Equatable {
    /// The license id reports use (`llama3.1`): the Hugging Face identifier where one exists.
    public var id: String
    /// Its full name.
    public var name: String
    /// The release or effective date of the version this pack encodes (ISO date).
    public var version: String
    /// The name clauses are cited by (`Llama 3.1 Community License`).
    public var citation: String
    /// The Hugging Face `license:` / `license_name:` identifiers.
    public var huggingFace: [String]?
    /// Other names seen in the wild (ScanCode keys, spellings).
    public var aliases: [String]?
    /// The SPDX identifier, for licenses on the SPDX list.
    public var spdx: String?
    /// Where the canonical text is published.
    public var url: String
    /// A family the license belongs to (`llama`, `rail`), for version comparisons.
    public var family: String?
    /// Research or non-commercial terms poison any commercial use downstream.
    public var nonCommercial: Bool?
    /// Permissive licenses allow the derivative to be licensed differently.
    public var permissive: Bool?
    /// The license forbids added terms or technical measures restricting what it grants (CC BY §2(a)(5)(B),
    /// CC BY-SA §3(b)(3), GPL-3.0 §10): use restrictions passed down from another upstream conflict with it.
    public var noAddedRestrictions: Bool?
    /// For a family identifier (`gpl`, `bsd`, `cc`): the licenses it may mean. Which one applies is a
    /// question, answered by a member's text shipped in the release.
    public var members: [String]?

    /// A normalised spelling for comparing identifiers.
    static func key(_ value: String) -> String {
        String(
            value.lowercased().unicodeScalars.filter {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "+"
            }
            .map(Character.init))
    }
}

/// How a license's text is recognised.
public struct Identification: Codable, Sendable, Equatable {
    /// Fingerprint files, relative to the policies folder.
    public var fingerprints: [String]?
    /// Title lines (`LLAMA 3.1 COMMUNITY LICENSE AGREEMENT`).
    public var titles: [String]?
    /// Version or date lines (`Llama 3.1 Version Release Date: July 23, 2024`).
    public var versionLines: [String]?
}
