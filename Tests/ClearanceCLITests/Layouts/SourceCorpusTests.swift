import Foundation
import TestSupport
import Testing

/// Source and text files are never weights, whatever byte their ninth (or any early) character
/// is: 1,000 files in several languages with `{` at every offset from 0 to 16.
@Suite struct SourceCorpusTests {
    static let languages: [(ext: String, lead: String)] = [
        ("py", "def f(x):\n"), ("js", "const a = "), ("c", "int main"), ("json", ""), ("ts", "export "),
        ("go", "func x() "),
        ("rs", "fn main() "), ("java", "class A "), ("sh", "f() "), ("txt", "notes: "), ("bin", "raw "), ("md", "# T "),
    ]

    /// File `index`: its language's opening cut or padded so that `{` lands at `index % 17`.
    static func file(_ index: Int) -> (name: String, text: String) {
        let language = languages[index % languages.count]
        let offset = index % 17
        let lead = String((language.lead + String(repeating: "x", count: 17)).prefix(offset))
        let body =
            "{ \"k\": \(index), \"v\": [1, 2, 3] }\n"
            + String(repeating: "// line of source \(index)\n", count: index % 7)
        return ("src/\(language.ext)/file\(index).\(language.ext)", lead + body)
    }

    @Test func noSourceFileIsWeights() throws {
        let directory = try TemporaryDirectory()
        for index in 0..<1000 {
            let file = Self.file(index)
            try directory.write("corpus/\(file.name)", file.text)
        }
        let checked = try LayoutCheck.inspect(directory.path("corpus"))
        #expect(checked.report.artifacts.count == 1000)
        #expect(checked.report.artifacts.filter { ["weights", "adapter"].contains($0.kind) }.map(\.path) == [])
        #expect(checked.report.variants == nil)
        let check = try LayoutCheck.check(directory.path("corpus"))
        #expect(!check.failing.contains("integrity_weights_headers"))
    }
}
