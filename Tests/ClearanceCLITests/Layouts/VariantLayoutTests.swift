import Foundation
import TestSupport
import Testing

/// Releases that ship the model more than once: Meta's `original/`, an MLX copy, GGUF
/// quantizations, a diffusers pipeline. Counted as a person counts them.
@Suite struct VariantLayoutTests {
    /// A safetensors file whose tensors all have `dtype`, `elements` values each.
    static func safetensors(dtype: String, tensors: Int = 2, elements: Int = 4) -> [UInt8] {
        let width = ["F32": 4, "U32": 4, "I32": 4, "I8": 1, "U8": 1][dtype] ?? 2
        let entries = (0..<tensors).map { index in
            #""w\#(index)":{"dtype":"\#(dtype)","shape":[\#(elements)],"data_offsets":[\#(index * elements * width),\#((index + 1) * elements * width)]}"#
        }
        var header = Array("{\(entries.joined(separator: ","))}".utf8)
        header += Array(repeating: UInt8(ascii: " "), count: (8 - header.count % 8) % 8)
        return withUnsafeBytes(of: UInt64(header.count).littleEndian) { Array($0) } + header
            + Array(repeating: 0, count: tensors * elements * width)
    }

    static func gguf(_ type: UInt32) -> [UInt8] {
        TinyWeights.gguf(
            strings: [("general.architecture", "llama"), ("general.name", "Acme 8B")],
            counts: [("general.file_type", type)])
    }

    static let card =
        "---\nlicense: apache-2.0\nbase_model: mistralai/Mistral-7B-v0.1\nbase_model_relation: finetune\n---\n# Acme 7B\n"

    @Test func aFineTuneWithItsOwnQuantizationsIsAFineTune() throws {
        let directory = try TemporaryDirectory()
        try directory.write("release/README.md", Self.card)
        try directory.write("release/model-00001-of-00002.safetensors", Self.safetensors(dtype: "BF16"))
        try directory.write("release/model-00002-of-00002.safetensors", Self.safetensors(dtype: "BF16"))
        try directory.write("release/gguf/acme-7b-Q4_K_M.gguf", Self.gguf(15))
        try directory.write("release/gguf/acme-7b-Q8_0.gguf", Self.gguf(7))
        try directory.write("release/gguf/acme-7b.f16-00001-of-00002.gguf", Self.gguf(1))
        try directory.write("release/gguf/acme-7b.f16-00002-of-00002.gguf", Self.gguf(1))
        let checked = try LayoutCheck.check(directory.path("release"))
        #expect(checked.outcomes.contains("metadata_relation_fits: pass"), "\(checked.outcomes)")
        let variants = try #require(checked.report.variants)
        #expect(variants.map(\.name) == ["safetensors bf16", "GGUF F16", "GGUF Q4_K_M", "GGUF Q8_0"])
        #expect(variants.first?.parameterCount == 16)
        #expect(variants.map(\.isQuantized) == [false, false, true, true])
        let checklist = try CLIRunner.run(["checklist", directory.path("release")])
        #expect(
            checklist.stdout.contains(
                "with the weights in 4 variants: safetensors bf16 (16), GGUF F16 in gguf/, GGUF Q4_K_M in gguf/, GGUF Q8_0 in gguf/"
            ),
            "\(checklist.stdout)")
    }

    /// Dictionary order differs from run to run; the report's order must not.
    @Test func variantsOfOneNameAreOrderedByTheirFiles() throws {
        let directory = try TemporaryDirectory()
        try directory.write("release/README.md", Self.card)
        for name in ["delta", "alpha", "charlie", "bravo"] {
            try directory.write("release/acme-7b-\(name)-Q4_K_M.gguf", Self.gguf(15))
        }
        let checked = try LayoutCheck.check(directory.path("release"))
        let variants = try #require(checked.report.variants)
        #expect(variants.map(\.name) == Array(repeating: "GGUF Q4_K_M", count: 4))
        #expect(
            variants.map(\.files) == ["alpha", "bravo", "charlie", "delta"].map { ["acme-7b-\($0)-Q4_K_M.gguf"] })
    }

    @Test func quantizationsAloneAreStillAQuantization() throws {
        let directory = try TemporaryDirectory()
        try directory.write("release/README.md", Self.card)
        try directory.write("release/acme-7b-Q4_K_M.gguf", Self.gguf(15))
        let checked = try LayoutCheck.check(directory.path("release"), ["--fail-on", "warning"])
        #expect(checked.failing.contains("metadata_relation_fits"))
    }

    @Test func metaOriginalAndAnMLXCopyAreVariantsNotMoreWeights() throws {
        let directory = try TemporaryDirectory()
        try directory.write("release/model.safetensors", Self.safetensors(dtype: "BF16"))
        try directory.write(
            "release/original/consolidated.00.pth", try LoneCheckpointTests.torchZip(LoneCheckpointTests.harmless))
        try directory.write("release/original/params.json", #"{"dim": 4096, "n_layers": 32}"#)
        try directory.write("release/original/tokenizer.model", [0x0A, 0x0B, 0x00])
        try directory.write("release/mlx-4bit/model.safetensors", Self.safetensors(dtype: "U32"))
        try directory.write("release/mlx-4bit/config.json", #"{"quantization": {"group_size": 64, "bits": 4}}"#)
        let checked = try LayoutCheck.inspect(directory.path("release"))
        let variants = try #require(checked.report.variants)
        #expect(variants.map(\.name) == ["safetensors bf16", "Meta original", "MLX 4-bit"])
        #expect(variants.map(\.layout) == ["safetensors", "meta-original", "mlx"])
        #expect(variants.last?.parameterCount == nil, "packed 4-bit values are not parameters")
        let text = try CLIRunner.run(["inspect", directory.path("release")])
        #expect(
            text.stdout.contains("Weights: 3 variants: safetensors bf16 (8), Meta original, MLX 4-bit in mlx-4bit/."),
            "\(text.stdout)")
    }

    @Test func aDiffusersPipelineCountsItsComponents() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "sd/model_index.json",
            #"{"_class_name": "StableDiffusionPipeline", "unet": ["diffusers", "UNet2DConditionModel"]}"#)
        for component in ["text_encoder", "unet", "vae", "safety_checker"] {
            let stem =
                component == "text_encoder" || component == "safety_checker" ? "model" : "diffusion_pytorch_model"
            try directory.write("sd/\(component)/config.json", "{}")
            try directory.write("sd/\(component)/\(stem).safetensors", Self.safetensors(dtype: "F32"))
            try directory.write("sd/\(component)/\(stem).fp16.safetensors", Self.safetensors(dtype: "F16"))
        }
        try directory.write(
            "sd/unet/diffusion_pytorch_model.bin", try LoneCheckpointTests.torchZip(LoneCheckpointTests.harmless))
        let checked = try LayoutCheck.inspect(directory.path("sd"))
        let variants = try #require(checked.report.variants)
        #expect(
            variants.map(\.name)
                == ["diffusers pytorch-zip", "diffusers safetensors fp32", "diffusers safetensors fp16"].sorted())
        #expect(
            variants.first { $0.name == "diffusers safetensors fp16" }?.components == [
                "safety_checker", "text_encoder", "unet", "vae",
            ])
        #expect(variants.first { $0.name == "diffusers safetensors fp16" }?.parameterCount == 32)
    }
}
