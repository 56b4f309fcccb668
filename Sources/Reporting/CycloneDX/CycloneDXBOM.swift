/// The subset of CycloneDX 1.6 JSON that clearance writes, as Encodable values. Optional members
/// that are nil are left out of the JSON.
struct CycloneDXBOM: Encodable {
    let bomFormat = "CycloneDX"
    let specVersion = "1.6"
    let version = 1
    let metadata: Metadata
    let components: [Component]

    struct Metadata: Encodable {
        let tools: Tools
        let component: Component
    }

    struct Tools: Encodable {
        let components: [Component]
    }

    struct Component: Encodable {
        let type: String
        var bomRef: String?
        let name: String
        var version: String?
        var description: String?
        var hashes: [Hash]?
        var licenses: [LicenseChoice]?
        var externalReferences: [ExternalReference]?
        var modelCard: ModelCard?
        var pedigree: Pedigree?
        var properties: [Property]?

        enum CodingKeys: String, CodingKey {
            case type, bomRef = "bom-ref", name, version, description, hashes, licenses, externalReferences, modelCard,
                pedigree, properties
        }

        init(type: String, bomRef: String? = nil, name: String) {
            self.type = type
            self.bomRef = bomRef
            self.name = name
        }
    }

    struct Hash: Encodable {
        let alg = "SHA-256"
        let content: String
    }

    struct LicenseChoice: Encodable, Equatable {
        let license: License
    }

    struct License: Encodable, Equatable {
        var id: String?
        var name: String?
        let acknowledgement: String
        var url: String?
        var properties: [Property]?
    }

    struct ExternalReference: Encodable, Equatable {
        let type: String
        let url: String
        let comment: String?
    }

    struct ModelCard: Encodable {
        var modelParameters: ModelParameters?
        var considerations: Considerations?
        var properties: [Property]?
    }

    struct Considerations: Encodable {
        let ethicalConsiderations: [EthicalConsideration]
    }

    struct EthicalConsideration: Encodable {
        let name: String
        let mitigationStrategy: String
    }

    struct ModelParameters: Encodable {
        var task: String?
        var architectureFamily: String?
        var modelArchitecture: String?
        var datasets: [Dataset]?
    }

    struct Dataset: Encodable {
        let type = "dataset"
        let name: String
    }

    struct Pedigree: Encodable {
        let ancestors: [Component]
        let notes: String?
    }

    struct Property: Encodable, Equatable {
        let name: String
        let value: String
    }
}
