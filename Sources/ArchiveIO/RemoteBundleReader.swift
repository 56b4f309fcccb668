import BundleModel

/// Hands out the files of a remote bundle in the order `DirectoryReader` walks the same tree on
/// disk — names sorted by bytes at each level, each folder before what it holds — with an entry
/// for each folder, so a repository and its download are inspected alike.
struct RemoteBundleReader {
    let bundle: any RemoteBundle
    let session: ReadSession

    func readAll(_ handler: (BundleEntry) throws -> Void) throws {
        try walk(RemoteTree(bundle.files), prefix: "", handler)
    }

    private func walk(_ tree: RemoteTree, prefix: String, _ handler: (BundleEntry) throws -> Void) throws {
        for name in tree.children.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            guard let child = tree.children[name], session.admitEntry() else { return }
            let path = prefix.isEmpty ? name : prefix + "/" + name
            if let file = child.file {
                let header = EntryHeader(
                    name: EntryPath(path), type: .file, declaredSize: file.size, mode: 0o644, linkTarget: nil)
                let content = EntryContent(source: bundle.content(of: file))
                try handler(BundleEntry(header: header, content: content, container: nil, depth: 0, session: session))
                try content.finish()
            } else {
                let header = EntryHeader(
                    name: EntryPath(path), type: .directory, declaredSize: 0, mode: 0o755, linkTarget: nil)
                let content = EntryContent(source: EmptySource())
                try content.finish()
                try handler(BundleEntry(header: header, content: content, container: nil, depth: 0, session: session))
                try walk(child, prefix: path, handler)
            }
        }
    }
}

/// The files of a remote bundle as a tree of folders.
private final class RemoteTree {
    var children: [String: RemoteTree] = [:]
    var file: RemoteFile?

    init() {}

    convenience init(_ files: [RemoteFile]) {
        self.init()
        for file in files {
            var node = self
            for component in file.path.split(separator: "/").map(String.init) {
                let next = node.children[component] ?? RemoteTree()
                node.children[component] = next
                node = next
            }
            node.file = file
        }
    }
}

/// The content of a folder entry: nothing.
private final class EmptySource: ContentSource {
    func nextBlock() throws -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: nil, count: 0) }
    func discardRemainder() throws {}
}
