import BundleModel

/// Recognises a file that is one weights file, a bundle of one entry: every format the
/// inspector reads, each only with a plausible header (`WeightsSignature`). A PyTorch checkpoint
/// zip is one weights file, not an archive of its records.
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
        return nil
    }
}
