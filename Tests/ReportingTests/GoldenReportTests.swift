import Foundation
import Reporting
import Testing

/// Every reporter on the fixed failing Llama 3.1 release, against its golden file: JSON formats
/// compared by structure, Markdown, XML and text line by line. The fixture policies' folder,
/// which the checklist names, is written relative to the package so the files hold anywhere.
@Suite struct GoldenReportTests {
    static let files: [ReportFormat: String] = [
        .text: "llama-3.1-acme-8b.txt",
        .json: "llama-3.1-acme-8b.json",
        .sarif: "llama-3.1-acme-8b.sarif",
        .junit: "llama-3.1-acme-8b.junit.xml",
        .markdown: "llama-3.1-acme-8b.checklist.md",
        .cyclonedx: "llama-3.1-acme-8b.cdx.json",
        .mof: "llama-3.1-acme-8b.mof.yml",
    ]

    @Test(arguments: ReportFormat.allCases)
    func matchesGoldenFile(format: ReportFormat) throws {
        let name = try #require(Self.files[format])
        let rendered = try format.reporter(style: TextStyle(colored: false)).render(try ReportFixture.input())
        let actual = rendered.replacingOccurrences(of: ReportFixture.policiesDirectory, with: "Tests/Fixtures/policies")
        let expected = try GoldenFile.expected(name, actual: actual)
        switch format {
        case .json, .sarif, .cyclonedx:
            #expect(
                try JSONValue.parse(actual) == JSONValue.parse(expected),
                "\(name) differs (CLEARANCE_UPDATE_GOLDEN=1 regenerates it)")
        case .text, .junit, .markdown, .mof:
            GoldenFile.expectSameText(actual, expected, name)
        }
    }

    @Test(arguments: ReportFormat.allCases)
    func outputIsDeterministic(format: ReportFormat) throws {
        let reporter = format.reporter(style: TextStyle(colored: false))
        #expect(try reporter.render(try ReportFixture.input()) == reporter.render(try ReportFixture.input()))
    }
}
