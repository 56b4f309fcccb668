import ArchiveIO
import BundleModel

/// Reads what clearance needs from one entry, by its classification. Malformed content becomes
/// defects; only a failure to read the bundle itself is thrown.
struct ContentAnalyzer {
    let texts: TextReader

    /// What `entry`, called `name` and classified as `classification`, holds.
    func analyze(
        _ entry: BundleEntry, named name: EntryFileName, as classification: Classification
    ) throws
        -> EntryAnalysis
    {
        var analysis = EntryAnalysis()
        let path = entry.path
        switch classification.format {
        case .gitLFSPointer:
            let bytes = try entry.content.read(1024)
            analysis.metadata.lfsPointer = LFSPointerParser.parse(bytes)
            let size = analysis.metadata.lfsPointer.map { " of \($0.size) bytes" } ?? ""
            analysis.defects.append(
                Defect(
                    kind: .lfsPointer, path: path,
                    message: "a git-lfs pointer: the file\(size) it stands for is not in the bundle"))
            return analysis
        case .safetensors:
            return try SafetensorsReader.analyze(entry)
        case .gguf:
            return try GGUFReader.analyze(entry)
        case .json where ShardIndexReader.isIndex(path: path):
            return try ShardIndexReader.analyze(entry)
        case .pickle:
            return try PickleEntryAnalyzer.analyze(entry)
        default:
            break
        }
        if ModelfileParser.isModelfile(name) {
            if case .read(let document) = try texts.read(entry.content, path: path, essential: true) {
                analysis.document = document
            }
            if let document = analysis.document { analysis.metadata.modelfile = ModelfileParser.parse(document) }
            return analysis
        }
        if let config = ConfigFileKind(name: name) {
            return try ConfigEntryAnalyzer.analyze(entry, as: config)
        }
        if classification.keepsText {
            let essential = [.license, .notice, .usePolicy, .modelCard].contains(classification.kind)
            let outcome = try texts.read(entry.content, path: path, essential: essential)
            if case .read(let document) = outcome { analysis.document = document }
            if essential,
                let defect = EssentialText.defect(
                    path: path, kind: classification.kind, outcome: outcome, perFile: texts.perFile
                )
            {
                analysis.defects.append(defect)
            }
        }
        if classification.kind == .modelCard {
            try ModelCardEntryAnalyzer.read(entry, document: analysis.document, into: &analysis)
            if let document = analysis.document, let card = analysis.metadata.modelCard {
                analysis.metadata.mergeConfig = MergekitConfigReader.embedded(
                    in: document, bodyStartLine: card.bodyStartLine)
            }
        } else if let document = analysis.document, MergekitConfigReader.isMergekitConfig(name) {
            analysis.metadata.mergeConfig = MergekitConfigReader.read(document)
        }
        return analysis
    }
}
