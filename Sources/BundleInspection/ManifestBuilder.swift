import ArchiveIO
import BundleModel

/// Collects artifacts, defects and documents as entries stream past, then settles paths
/// relative to the bundle root and runs the checks that need the whole listing.
final class ManifestBuilder {
    private let options: InspectionOptions
    private let analyzer: ContentAnalyzer
    private var artifacts: ArtifactList
    private var defects: [Defect] = []
    private var documents: [String: TextDocument] = [:]
    private var rootTracker = BundleRootTracker()
    /// The paths of the bundle's own entries, which its artifacts and `directories` are slices of.
    private var paths: PathTable.Builder
    /// Directories listed by the bundle, which take part in the duplicate-path check.
    private var directories: [PathSlice] = []
    /// The paths of the shards the indexes read so far name, as entry paths.
    private var indexedShards: Set<String> = []
    private var exclusion: BundleExclusion
    /// Paths of PyTorch checkpoint zips: their records are parts of one weights file, not weights.
    private var checkpoints: Set<EntryLocation> = []
    private let backgroundHasher: BackgroundHasher?
    private let gate: HashingGate

    /// A builder whose background entry hashing takes precedence, through `gate`, over the bundle
    /// file's digest while the bundle is decompressed.
    init(options: InspectionOptions, gate: HashingGate) {
        self.options = options
        self.analyzer = ContentAnalyzer(
            texts: TextReader(perFile: options.maxTextBytesPerFile, total: options.maxTextBytesTotal))
        self.backgroundHasher = options.computeHashes ? BackgroundHasher(gate: gate) : nil
        self.gate = gate
        self.exclusion = BundleExclusion(rules: options.exclusions)
        self.paths = PathTable.Builder(expectedBytes: options.limits.maxNameBytes)
        self.artifacts = ArtifactList(expectedCount: options.limits.maxEntries)
    }

    /// Records one entry (and, through nested archives, the entries inside it).
    func add(_ entry: BundleEntry) throws {
        let nameDefects = EntryNameCheck.defects(of: entry)
        // An entry that escapes the archive (absolute, `..`) is reported; it does not decide the root folder.
        let escapes = nameDefects.contains { $0.kind == .absolutePath || $0.kind == .parentTraversal }
        guard try escapes || exclusion.admits(entry, root: rootTracker.root) else { return }
        defects += nameDefects
        let header = entry.header
        if entry.depth == 0, !escapes { rootTracker.observe(entry.path, isDirectory: header.type == .directory) }
        switch header.type {
        case .directory:
            if !escapes, paths.canAppend(entry.path) { directories.append(paths.append(entry.path)) }
        case .symlink, .hardlink, .special:
            let format: ArtifactFormat =
                header.type == .symlink ? .symlink : (header.type == .hardlink ? .hardlink : .special)
            let kind = Classifier.classify(name: entry.path, prefix: [], size: 0).kind
            artifacts.append(
                artifact(
                    of: entry, kind: kind, format: format, size: 0, mode: FileMode(header.mode),
                    linkTarget: header.linkTarget))
        case .file:
            try addFile(entry)
        }
    }

    private func addFile(_ entry: BundleEntry) throws {
        let hasher = options.computeHashes ? SHA256Stream() : nil
        let background = (entry.header.declaredSize ?? .max) >= BackgroundHasher.minimumSize ? backgroundHasher : nil
        if let hasher {
            if let background {
                if entry.isDecompressedWhileRead { gate.giveEntriesPrecedence() }
                entry.content.observe { background.submit($0, to: hasher) }
            } else {
                entry.content.observe(hasher.update)
            }
        }
        let prefix = try entry.content.peek(Classifier.sniffLength)
        let size = entry.header.declaredSize ?? UInt64(prefix.count)
        let namedByIndex = !indexedShards.isEmpty && indexedShards.contains(entry.path)
        let name = EntryFileName(path: entry.path)
        var classification = Classifier.classify(name, prefix: prefix, size: size, namedByIndex: namedByIndex)
        if let container = entry.container, checkpoints.contains(container), classification.kind == .weights {
            classification.kind = .other
        }
        if classification.format == .pytorchZip { checkpoints.insert(entry.location) }
        var artifact = artifact(
            of: entry, kind: classification.kind, format: classification.format, size: size,
            mode: FileMode(entry.header.mode), linkTarget: entry.header.linkTarget)
        let analysis = try analyzer.analyze(entry, named: name, as: classification)
        // An artifact starts without metadata: most entries have none to set.
        if let metadata = analysis.readMetadata, !metadata.isEmpty { artifact.metadata = metadata }
        if let index = analysis.readMetadata?.shardIndex {
            let folder = ShardFileName.folder(of: entry.path)
            indexedShards.formUnion(index.shards.map { ShardFileName.path(of: $0, in: folder) })
        }
        defects += analysis.defects
        if let document = analysis.document { documents[entry.path] = document }
        let index = artifacts.count
        artifacts.append(artifact)
        if classification.isContainer {
            let outcome = try entry.openNested { try self.add($0) }
            if let defect = NestedOutcomeDefect.defect(for: outcome, path: entry.path) { defects.append(defect) }
        }
        if hasher != nil || entry.header.declaredSize == nil {
            artifacts[index].size = try entry.content.drain()
        }
        if let hasher {
            if let background {
                background.finish(hasher, key: index)
            } else {
                artifacts[index].sha256 = hasher.hexDigest()
            }
        }
    }

    /// The artifact of `entry`; an entry of the bundle itself has its path put in the path table,
    /// where it stays until the table is finished.
    private func artifact(
        of entry: BundleEntry, kind: ArtifactKind, format: ArtifactFormat, size: UInt64, mode: FileMode,
        linkTarget: String?
    ) -> Artifact {
        let location = entry.location
        guard !location.isNested, paths.canAppend(location.path) else {
            return Artifact(
                location: location, kind: kind, format: format, size: size, mode: mode, linkTarget: linkTarget)
        }
        return Artifact(
            path: paths.append(location.path), in: .empty, kind: kind, format: format, size: size, mode: mode,
            linkTarget: linkTarget)
    }

    /// Settles paths relative to the root, drops what does not belong to the bundle, and runs
    /// the whole-bundle checks.
    func finish(subject: Subject) -> Manifest {
        for (index, digest) in backgroundHasher?.collect() ?? [:] { artifacts[index].sha256 = digest }
        let root = rootTracker.root
        // Settled in place: a release can list 100,000 artifacts, and a second copy of the
        // list would double what it costs. A path in the table is made relative by where its
        // slice starts, without writing it again.
        let table = paths.finish()
        var settled = artifacts.removeAll()
        root.settle(&settled, in: table)
        var allDefects = defects.map { defect in
            var copy = defect
            copy.path = root.relative(defect.path)
            return copy
        }
        var settledDocuments: [String: TextDocument] = [:]
        for (path, document) in documents {
            let relative = root.relative(path)
            settledDocuments[relative] = TextDocument(
                path: relative, lines: document.lines, isTruncated: document.isTruncated)
        }
        exclusion.settle(&settled, defects: &allDefects, documents: &settledDocuments)
        ModelCardPlacement.settle(&settled)
        allDefects = ModelCardPlacement.settle(allDefects, for: settled)
        let listedDirectories = directories.map { root.relative($0, in: table) }.filter { !$0.isEmpty }
        allDefects += PathChecks.duplicates(in: settled, directories: listedDirectories, in: table)
        directories = []
        allDefects += PathChecks.escapingLinks(in: settled)
        allDefects += ShardIndexCheck.defects(in: settled)
        OllamaModelsFolder.settle(&settled, documents: settledDocuments)
        LicenseScan(catalog: options.catalog).annotate(&settled, documents: settledDocuments)
        settled.sortByPath()
        allDefects.sort { ($0.path, $0.kind.rawValue, $0.message) < ($1.path, $1.kind.rawValue, $1.message) }
        var manifest = Manifest(
            subject: subject, root: root.folder, artifacts: settled, defects: allDefects, documents: settledDocuments)
        manifest.exclusions = exclusion.tally
        manifest.variants = VariantGrouping.variants(of: settled)
        manifest.deriveRelease()
        return manifest
    }
}
