import Foundation
import TestSupport

/// Releases on disk for the openness profile, each with the facts a publisher would declare.
enum OpennessReleases {
    static let config = #"{"architectures": ["LlamaForCausalLM"], "model_type": "llama"}"#

    /// A Llama 3.1 fine-tune whose card calls it fully open-source.
    static func llamaFineTune(in directory: TemporaryDirectory) throws -> String {
        try directory.write(
            "llama/README.md",
            """
            ---
            license: llama3.1
            base_model: meta-llama/Llama-3.1-8B-Instruct
            pipeline_tag: text-generation
            ---
            # Llama-3.1-Acme-8B

            Llama-3.1-Acme-8B is a fully open-source model for legal drafting. Its open weights are on the Hub,
            and it outperforms open-source models of its size.

            """)
        try directory.write("llama/config.json", config)
        try directory.write("llama/model.safetensors", TinyWeights.safetensors)
        return directory.path("llama")
    }

    /// A Llama 3.1 fine-tune whose card words its openness accurately: open weights, openly
    /// available, "more open than", and a comparison with open-source models.
    static func accurateLlama(in directory: TemporaryDirectory) throws -> String {
        try directory.write(
            "accurate/README.md",
            """
            ---
            license: llama3.1
            base_model: meta-llama/Llama-3.1-8B-Instruct
            ---
            # Acme-Support-8B

            Acme-Support-8B is an open-weights model, openly available under the Llama 3.1 Community License.
            It is more open than hosted assistants, and it beats other open-source models of its size on our tickets.

            """)
        try directory.write("accurate/config.json", config)
        try directory.write("accurate/model.safetensors", TinyWeights.safetensors)
        return directory.path("accurate")
    }

    /// An Apache-2.0 fine-tune of Qwen2.5 with its training, inference and evaluation code, an
    /// arXiv report and evaluation results in the card, and its data declared in the facts.
    static func apacheWithCode(in directory: TemporaryDirectory) throws -> (bundle: String, facts: String) {
        try directory.write(
            "apache/README.md",
            """
            ---
            license: apache-2.0
            base_model: Qwen/Qwen2.5-7B-Instruct
            datasets: [acme/contracts-sft]
            model-index:
            - name: Acme-Qwen-7B
              results:
              - task: {type: text-generation}
                dataset: {name: LegalBench, type: nguha/legalbench}
                metrics: [{type: accuracy, value: 71.4}]
            ---
            # Acme-Qwen-7B

            We open-source Acme-Qwen-7B, described in https://arxiv.org/abs/2501.01234.

            ## Training
            Fine-tuned from Qwen/Qwen2.5-7B-Instruct on contract clauses.

            ## Evaluation
            See the model index.

            """)
        try directory.write("apache/config.json", config)
        try directory.write("apache/model.safetensors", TinyWeights.safetensors)
        try directory.write("apache/scripts/train.py", "print('train')\n")
        try directory.write("apache/scripts/inference.py", "print('infer')\n")
        try directory.write("apache/eval/evaluate.py", "print('eval')\n")
        let facts = try directory.write(
            "apache-facts.yml",
            """
            openness:
              trainingData: {url: "https://huggingface.co/datasets/acme/contracts-sft", license: cc-by-4.0}
              dataCard: {url: "https://huggingface.co/datasets/acme/contracts-sft"}

            """)
        return (directory.path("apache"), facts)
    }

    /// A fully open base model in the manner of OLMo: Apache-2.0 weights and code, everything
    /// published, declared in the facts.
    static func olmoLike(in directory: TemporaryDirectory) throws -> (bundle: String, facts: String) {
        try directory.write(
            "olmo/README.md",
            """
            ---
            license: apache-2.0
            pipeline_tag: text-generation
            model-index:
            - name: OLMo-Acme-7B
              results:
              - task: {type: text-generation}
                dataset: {name: ARC-Challenge, type: ai2_arc}
                metrics: [{type: accuracy, value: 48.5}]
            ---
            # OLMo-Acme-7B

            OLMo-Acme-7B is a fully open language model: weights, code, data and checkpoints are open source.

            ## Model details
            A 32-layer decoder-only transformer.

            ## Training
            Trained on 2.5T tokens with the published training code.

            ## Evaluation
            See the model index.

            ## Limitations
            Not aligned for safety.

            """)
        try directory.write("olmo/config.json", #"{"architectures": ["OlmoForCausalLM"], "model_type": "olmo"}"#)
        try directory.write("olmo/model.safetensors", TinyWeights.safetensors)
        try directory.write("olmo/modeling_olmo.py", "class OlmoModel: pass\n")
        let facts = try directory.write(
            "olmo-facts.yml",
            """
            distributor: {name: Acme Research}
            openness:
              trainingCode: {url: "https://github.com/acme/olmo-train", license: apache-2.0}
              inferenceCode: {url: "https://github.com/acme/olmo-infer", license: apache-2.0}
              evaluationCode: {url: "https://github.com/acme/olmo-eval", license: apache-2.0}
              evaluationData: {url: "https://huggingface.co/datasets/acme/olmo-eval", license: apache-2.0}
              trainingData: {url: "https://huggingface.co/datasets/acme/olmo-corpus", license: apache-2.0}
              dataPreprocessingCode: {url: "https://github.com/acme/olmo-data", license: apache-2.0}
              intermediateParameters: {url: "https://huggingface.co/acme/OLMo-Acme-7B/tree/step1", license: apache-2.0}
              dataCard: {url: "https://huggingface.co/datasets/acme/olmo-corpus", license: cc-by-4.0}
              researchPaper: {url: "https://arxiv.org/abs/2402.00838", license: cc-by-4.0, peerReviewed: true}
              package: {url: "https://pypi.org/project/acme-olmo/"}

            """)
        return (directory.path("olmo"), facts)
    }

    /// A model under CC BY-NC 4.0 whose card calls it open source.
    static func nonCommercial(in directory: TemporaryDirectory) throws -> String {
        try directory.write(
            "nc/README.md",
            """
            ---
            license: cc-by-nc-4.0
            tags: [open-source]
            ---
            # Acme-Vision-2B

            Acme-Vision-2B is an open-source vision-language model.

            """)
        try directory.write("nc/config.json", config)
        try directory.write("nc/model.safetensors", TinyWeights.safetensors)
        return directory.path("nc")
    }

    /// A chat fine-tune of Llama 2 in the manner of Meta's Llama-2-7b-chat (the card is ours): a
    /// comparison with open-source chat models, which is not a claim about this one.
    static func llama2Chat(in directory: TemporaryDirectory) throws -> String {
        try directory.write(
            "llama2/README.md",
            """
            ---
            license: llama2
            base_model: meta-llama/Llama-2-7b-chat-hf
            pipeline_tag: text-generation
            tags: [llama-2, chat]
            ---
            # Llama-2-7b-chat-acme

            ## Model Details
            A 7-billion-parameter Llama 2 model tuned for dialogue with supervised fine-tuning and human feedback.

            ## Intended Use
            English assistant-style chat.

            ## Evaluation
            On our helpfulness prompts the chat model beats the open-source chat models we tried.

            """)
        try directory.write("llama2/config.json", config)
        try directory.write("llama2/model.safetensors", TinyWeights.safetensors)
        return directory.path("llama2")
    }
}
