import ArchiveIO
import BundleModel
import Platform

/// Reads a bundle once, front to back, and describes everything in it.
public struct BundleInspector: Sendable {
    /// How the bundle is read.
    public let options: InspectionOptions

    /// Creates an inspector.
    public init(options: InspectionOptions = InspectionOptions()) {
        self.options = options
    }

    /// Inspects the bundle at `path`.
    ///
    /// - Throws: `ArchiveIOError` when the bundle cannot be read at all.
    public func inspect(path: String) throws -> Manifest {
        let gate = HashingGate()
        let builder = ManifestBuilder(options: options, gate: gate)
        let fileDigest =
            (options.computeHashes || options.hashBundleFile) && isRegularFile(path)
            ? ConcurrentFileDigest(path: path, gate: gate) : nil
        let progress = options.progress
        // A folder's size is not known in advance: its entries' sizes count as they are read.
        let isFolder = progress != nil && !isRegularFile(path)
        let reader = BundleReader(limits: options.limits, progress: progress, followLinks: options.followLinks)
        let summary = try reader.read(at: path) { entry in
            progress?.enter(entry.path, size: entry.header.declaredSize, countsSize: isFolder)
            try builder.add(entry)
        }
        var subject = Subject(path: path, format: summary.format)
        subject.sha256 = try fileDigest?.value()
        return finish(builder, summary: summary, subject: subject)
    }

    /// Inspects a remote bundle (a Hub repository) as a directory with the same files would be.
    ///
    /// - Parameter subject: how the report names it: its path as given, format, commit.
    /// - Throws: what fetching its files throws.
    public func inspect(remote bundle: any RemoteBundle, subject: Subject) throws -> Manifest {
        let builder = ManifestBuilder(options: options, gate: HashingGate())
        let summary = try BundleReader(limits: options.limits).read(remote: bundle, displayPath: subject.path) {
            entry in
            try builder.add(entry)
        }
        return finish(builder, summary: summary, subject: subject)
    }

    /// The manifest, with a defect for each cap that stopped the reading.
    private func finish(_ builder: ManifestBuilder, summary: ReadSummary, subject: Subject) -> Manifest {
        var manifest = builder.finish(subject: subject)
        if summary.entryLimitReached {
            manifest.defects.append(
                Defect(
                    kind: .entryLimitReached, path: "",
                    message:
                        "the bundle has more than \(options.limits.maxEntries) entries; the rest were not inspected"))
        }
        if summary.nameLimitReached {
            let limits = options.limits
            let message =
                "an entry name is longer than \(limits.maxNameLength) bytes, or the names add up to more "
                + "than \(limits.maxNameBytes) bytes; the entries from there on were not inspected"
            manifest.defects.append(Defect(kind: .nameLimitReached, path: "", message: message))
        }
        if let deep = summary.tooDeep {
            let others = deep.count > 1 ? " (and \(deep.count - 1) more)" : ""
            let message = "a directory\(others) deeper than \(deep.limit) levels; what it holds was not inspected"
            manifest.defects.append(Defect(kind: .directoryDepthExceeded, path: deep.firstPath, message: message))
        }
        if summary.expansionLimitReached {
            let message =
                "the bundle's entries expand to more than \(options.limits.maxExpansionRatio) times what was "
                + "read of it, as a decompression bomb, a sparse hole or overlapping zip entries do; the rest was not inspected"
            manifest.defects.append(Defect(kind: .expansionLimitReached, path: "", message: message))
        }
        return manifest
    }

    private func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
