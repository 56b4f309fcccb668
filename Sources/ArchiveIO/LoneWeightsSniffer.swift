import BundleModel

/// Recognises a file that is one weights file, a bundle of one entry: every format the
/// inspector reads, each with a plausible header (`WeightsSignature`). A PyTorch checkpoint zip
/// is one weights file, not an archive of its records. A file that begins like a GGUF or
/// safetensors header (the magic and a version; a length and `{"`) but whose header does not
/// fit is a damaged weights file, reported as a defect, not something that is no bundle.
enum LoneWeightsSniffer {
    /// The bundle format of a weights file starting with `prefix`, or nil when it is none.
    static func sniff(_ prefix: [UInt8], fileSize: Int64) -> BundleFormat? {
        let size = UInt64(max(fileSize, 0))
        if WeightsSignature.isGGUF(prefix, size: size) { return .gguf }
        if WeightsSignature.isSafetensors(prefix, size: size) { return .safetensors }
        if WeightsSignature.isTorchZip(prefix, size: size) { return .pytorchZip }
        if WeightsSignature.isPickle(prefix) { return .pickle }
        if WeightsSignature.isHDF5(prefix) { return .hdf5 }
        if WeightsSignature.isTFLite(prefix, size: size) { return .tflite }
        if WeightsSignature.isNumpy(prefix, size: size) { return .npy }
        if WeightsSignature.isGGML(prefix, size: size) { return .ggml }
        if WeightsSignature.isONNX(prefix) { return .onnx }
        if prefix.starts(with: Array("GGUF".utf8)), prefix.count >= 8, (1...3).contains(prefix[4]),
            prefix[5...7].allSatisfy({ $0 == 0 })
        {
            return .gguf
        }
        if prefix.count >= 10, prefix[8] == UInt8(ascii: "{"), prefix[9] == UInt8(ascii: "\""),
            prefix[0..<8].contains(where: { $0 != 0 })
        {
            return .safetensors
        }
        return nil
    }
}
