/// The facts file of a release (`clearance.yml` at its root), rendered as YAML. Starts from what a
/// small, non-EU, commercial distributor that attests its “Built with …” display declares.
struct ReleaseFacts: Sendable {
    var distributorName = "Acme AI Ltd"
    var monthlyActiveUsers: Int64? = 2_500_000
    var domicile: String? = "US"
    var commercial: Bool? = true
    var hostedService: Bool? = false
    var trainedOnOutputsOf: [String]? = []
    var builtWithDisplayedAt: String? = "https://acme.example/models"
    var annualRevenueUSD: Int64?
    var territories: [String]?
    /// Bases the registry does not know, each with its license (`model.upstream`).
    var upstream: [(model: String, license: String)] = []

    var yaml: String {
        var lines = ["distributor:", "  name: \(distributorName)"]
        if let monthlyActiveUsers { lines.append("  monthlyActiveUsers: \(monthlyActiveUsers)") }
        if let domicile { lines.append("  domicile: \(domicile)") }
        if let annualRevenueUSD { lines.append("  annualRevenueUSD: \(annualRevenueUSD)") }
        let territoryList = territories.map { "territories: [\($0.joined(separator: ", "))]" }
        let distribution = [
            commercial.map { "commercial: \($0)" }, hostedService.map { "hostedService: \($0)" }, territoryList,
        ]
        lines.append("distribution: {\(distribution.compactMap { $0 }.joined(separator: ", "))}")
        let upstreams = upstream.map { "{model: \($0.model), license: \($0.license)}" }.joined(separator: ", ")
        let model = [
            trainedOnOutputsOf.map { "trainedOnOutputsOf: [\($0.joined(separator: ", "))]" },
            upstream.isEmpty ? nil : "upstream: [\(upstreams)]",
        ]
        lines.append("model: {\(model.compactMap { $0 }.joined(separator: ", "))}")
        lines.append("attestations: {\(builtWithDisplayedAt.map { "builtWithDisplayedAt: \"\($0)\"" } ?? "")}")
        return lines.joined(separator: "\n") + "\n"
    }
}
