import Testing

@testable import BundleInspection

/// `isPipelineIndex` says what `name(path) == "model_index.json"` says, without splitting the
/// paths that cannot be one.
@Suite struct WeightFilePathTests {
    @Test(arguments: [
        "model_index.json", "sd/model_index.json", "a//model_index.json", "sd/model_index.json/",
        "my_model_index.json", "sd/my_model_index.json", "model_index.json.bak", "sd/Model_Index.json",
        "unet/diffusion_pytorch_model.safetensors", "", "/", "x.zip!/model_index.json", "é/model_index.json",
    ])
    func findsPipelineIndexesAsTheNameDoes(path: String) {
        #expect(WeightFilePath.isPipelineIndex(path) == (WeightFilePath.name(path) == "model_index.json"))
    }

    @Test func pipelineIndexesAreTheFilesNamedSo() {
        #expect(WeightFilePath.isPipelineIndex("sd/model_index.json"))
        #expect(!WeightFilePath.isPipelineIndex("sd/my_model_index.json"))
    }
}
