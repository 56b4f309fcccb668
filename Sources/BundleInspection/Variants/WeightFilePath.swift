import Foundation

/// What the paths of weight files say about the copy they belong to.
enum WeightFilePath {
    /// The last component.
    static func name(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Whether the path whose UTF-8 is `bytes` may be a pipeline index: it ends, trailing
    /// slashes aside, in `model_index.json`. A test of the bytes in place, before `isPipelineIndex`.
    static func mayBePipelineIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
        let index: StaticString = "model_index.json"
        let count = index.utf8CodeUnitCount
        guard end >= count else { return false }
        for offset in 0..<count where bytes[end - count + offset] != index.utf8Start[offset] { return false }
        return true
    }

    /// Whether the last component is `model_index.json`, a diffusers pipeline's index. Only a path
    /// that ends so (before any trailing `/`) is split: a release can list 100,000 paths.
    static func isPipelineIndex(_ path: String) -> Bool {
        let index = "model_index.json"
        var bytes = path.utf8[...]
        while bytes.last == UInt8(ascii: "/") { bytes = bytes.dropLast() }
        guard bytes.count >= index.utf8.count, bytes.suffix(index.utf8.count).elementsEqual(index.utf8) else {
            return false
        }
        return name(path) == index
    }

    /// Everything before the last component; empty at the root.
    static func folder(_ path: String) -> String {
        path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
    }

    /// Whether `folder` lies strictly inside `ancestor` (empty: the root).
    static func isInside(_ folder: String, _ ancestor: String) -> Bool {
        ancestor.isEmpty ? !folder.isEmpty : folder.hasPrefix(ancestor + "/")
    }

    /// The pipeline component (`unet`) a file of the pipeline at `pipeline` belongs to.
    static func component(of path: String, in pipeline: String) -> String? {
        let inner = pipeline.isEmpty ? path : String(path.dropFirst(pipeline.count + 1))
        let parts = inner.split(separator: "/")
        return parts.count >= 2 ? String(parts[0]) : nil
    }

    /// The diffusers variant in a file name (`diffusion_pytorch_model.fp16.safetensors`,
    /// `model.fp16-00001-of-00002.safetensors` → `fp16`), or nil for the default one.
    static func diffusersTag(_ name: String) -> String? {
        let parts = unsharded(name).split(separator: ".")
        guard parts.count >= 3 else { return nil }
        return String(parts[parts.count - 2])
    }

    /// The name without a shard or split suffix (`-00001-of-00003`).
    static func unsharded(_ name: String) -> String {
        guard let range = name.range(of: #"-\d{5}-of-\d{5}"#, options: .regularExpression) else { return name }
        return name.replacingCharacters(in: range, with: "")
    }

    /// An MLX conversion: a folder named for MLX, or MLX's own file names (`weights.npz`,
    /// `weights.00.safetensors`).
    static func isMLX(folder: String, name: String) -> Bool {
        if folder.split(separator: "/").contains(where: {
            $0.lowercased().hasPrefix("mlx") || $0.lowercased().hasSuffix("mlx")
        }) {
            return true
        }
        return name == "weights.npz"
            || name.range(of: #"^weights\.\d+\.safetensors$"#, options: .regularExpression) != nil
    }
}
