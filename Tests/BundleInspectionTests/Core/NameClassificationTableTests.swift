import BundleModel
import Testing

@testable import BundleInspection

/// Every decision the reading of an entry takes by its name, for names that stress how a name is
/// read: mixed case, non-ASCII letters, the Kelvin sign (which lower-cases to an ASCII `k`),
/// combining marks, no extension, dot files, double extensions. Each name is classified with
/// the first bytes of text, of nothing, of a pickle, of a zip and of binary data, and as a
/// shard an index names; then the tests by name the content analysis makes.
@Suite struct NameClassificationTableTests {
    static let prefixes: [(label: String, bytes: [UInt8], namedByIndex: Bool)] = [
        ("text", Array("Some text\n".utf8), false),
        ("empty", [], false),
        ("pickle", [0x80, 0x02, 0x7D, 0x71, 0x00, 0x2E], false),
        ("zip", ClassifierTests.zipPrefix, false),
        ("binary", [0x00, 0x01, 0xFF, 0xFE, 0x10, 0x00, 0x00, 0x07], false),
        ("protocol0", Array("cos\nsystem\n(S'ls'\ntR.".utf8), false),
        ("indexed", Array("Some text\n".utf8), true),
    ]

    /// The name's classification with each prefix, then what the analysis tests by name.
    static func decisions(for path: String) -> String {
        let name = EntryFileName(path: path)
        let kinds = prefixes.map { prefix in
            let size = UInt64(prefix.bytes.isEmpty ? 0 : 100)
            let result = Classifier.classify(name, prefix: prefix.bytes, size: size, namedByIndex: prefix.namedByIndex)
            return "\(result.kind.rawValue)/\(result.format.rawValue)"
        }
        let tests = [
            ModelfileParser.isModelfile(name) ? "modelfile" : nil,
            ConfigFileKind(name: name).map { "config:\($0.rawValue)" },
            MergekitConfigReader.isMergekitConfig(name) ? "mergekit" : nil,
            ShardIndexReader.isIndex(path: path) ? "index" : nil,
        ].compactMap { $0 }
        return (kinds + tests).joined(separator: " ")
    }

    /// Each name and what was decided for it by the classifier of 861354c, which took every
    /// decision on `String`s; a change to how names are read must keep every line.
    static let table: [(name: String, decisions: String)] = [
        ("LICENSE", "license/text other/empty weights/pickle other/zip license/binary license/text weights/pickle"),
        ("License.txt", "license/text other/empty weights/pickle other/zip license/binary license/text weights/pickle"),
        (
            "LICENCE.md",
            "license/markdown other/empty weights/pickle other/zip license/markdown license/markdown "
                + "weights/pickle"
        ),
        ("copying", "license/text other/empty weights/pickle other/zip license/binary license/text weights/pickle"),
        (
            "COPYING.LESSER",
            "license/text other/empty weights/pickle other/zip license/binary license/text weights/pickle"
        ),
        ("a/b/LICENSE", "license/text other/empty weights/pickle other/zip license/binary license/text weights/pickle"),
        ("license.py", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("NOTICE", "notice/text other/empty weights/pickle other/zip notice/binary notice/text weights/pickle"),
        (
            "notice.md",
            "notice/markdown other/empty weights/pickle other/zip notice/markdown notice/markdown "
                + "weights/pickle"
        ),
        ("Notice.py", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("NOTICES.json", "other/json other/empty weights/pickle other/zip other/json other/json weights/pickle"),
        (
            "USE_POLICY.md",
            "use-policy/markdown other/empty weights/pickle other/zip use-policy/markdown use-policy/markdown "
                + "weights/pickle"
        ),
        (
            "use-policy.txt",
            "use-policy/text other/empty weights/pickle other/zip use-policy/binary use-policy/text "
                + "weights/pickle"
        ),
        (
            "Acceptable_Use_Policy.md",
            "use-policy/markdown other/empty weights/pickle other/zip use-policy/markdown use-policy/markdown "
                + "weights/pickle"
        ),
        (
            "acceptable-use.md",
            "use-policy/markdown other/empty weights/pickle other/zip use-policy/markdown use-policy/markdown "
                + "weights/pickle"
        ),
        (
            "AUP",
            "use-policy/text other/empty weights/pickle other/zip use-policy/binary use-policy/text "
                + "weights/pickle"
        ),
        (
            "aup.txt",
            "use-policy/text other/empty weights/pickle other/zip use-policy/binary use-policy/text "
                + "weights/pickle"
        ),
        ("aupx", "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"),
        (
            "prohibited-use.md",
            "use-policy/markdown other/empty weights/pickle other/zip use-policy/markdown use-policy/markdown "
                + "weights/pickle"
        ),
        (
            "Prohibited_Uses.txt",
            "use-policy/text other/empty weights/pickle other/zip use-policy/binary use-policy/text "
                + "weights/pickle"
        ),
        (
            "privacy_policy.md",
            "other/markdown other/empty weights/pickle other/zip other/markdown other/markdown weights/pickle"
        ),
        (
            "usepolicy",
            "use-policy/text other/empty weights/pickle other/zip use-policy/binary use-policy/text "
                + "weights/pickle"
        ),
        ("policy.yaml", "other/yaml other/empty weights/pickle other/zip other/yaml other/yaml weights/pickle"),
        (
            "MODEL_CARD.md",
            "model-card/markdown other/empty weights/pickle other/zip model-card/markdown model-card/markdown "
                + "weights/pickle"
        ),
        (
            "ModelCard.txt",
            "model-card/text other/empty weights/pickle other/zip model-card/binary model-card/text "
                + "weights/pickle"
        ),
        (
            "model-card",
            "model-card/text other/empty weights/pickle other/zip model-card/binary model-card/text "
                + "weights/pickle"
        ),
        (
            "README.md",
            "model-card/markdown other/empty weights/pickle other/zip model-card/markdown model-card/markdown "
                + "weights/pickle"
        ),
        (
            "readme",
            "model-card/text other/empty weights/pickle other/zip model-card/binary model-card/text "
                + "weights/pickle"
        ),
        (
            "README.markdown",
            "model-card/markdown other/empty weights/pickle other/zip model-card/markdown model-card/markdown "
                + "weights/pickle"
        ),
        ("README.rst", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("README.txt", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        (
            "docs/README.md",
            "model-card/markdown other/empty weights/pickle other/zip model-card/markdown model-card/markdown "
                + "weights/pickle"
        ),
        (
            "tokenizer.json",
            "tokenizer/json tokenizer/empty weights/pickle tokenizer/zip tokenizer/json tokenizer/json "
                + "weights/pickle"
        ),
        (
            "TOKENIZER_CONFIG.JSON",
            "tokenizer/json tokenizer/empty weights/pickle tokenizer/zip tokenizer/json tokenizer/json "
                + "weights/pickle config:tokenizer_config.json"
        ),
        (
            "tokenizer.model",
            "tokenizer/text tokenizer/empty weights/pickle tokenizer/zip tokenizer/binary weights/pickle "
                + "weights/pickle"
        ),
        (
            "Tokenizer-extra.bin",
            "tokenizer/text tokenizer/empty weights/pickle weights/pytorch-zip weights/binary weights/pickle "
                + "weights/pickle"
        ),
        (
            "cl100k.tiktoken",
            "tokenizer/text tokenizer/empty weights/pickle tokenizer/zip tokenizer/binary weights/pickle "
                + "weights/pickle"
        ),
        (
            "vocab.txt",
            "tokenizer/text tokenizer/empty weights/pickle tokenizer/zip tokenizer/binary tokenizer/text "
                + "weights/pickle"
        ),
        (
            "merges.txt",
            "tokenizer/text tokenizer/empty weights/pickle tokenizer/zip tokenizer/binary tokenizer/text "
                + "weights/pickle"
        ),
        (
            "special_tokens_map.json",
            "tokenizer/json tokenizer/empty weights/pickle tokenizer/zip tokenizer/json tokenizer/json "
                + "weights/pickle"
        ),
        (
            "chat_template.jinja",
            "tokenizer/text tokenizer/empty weights/pickle tokenizer/zip tokenizer/binary tokenizer/text "
                + "weights/pickle"
        ),
        (
            "spiece.model",
            "tokenizer/text tokenizer/empty weights/pickle tokenizer/zip tokenizer/binary weights/pickle "
                + "weights/pickle"
        ),
        (
            "config.json",
            "config/json config/empty weights/pickle config/zip config/json config/json weights/pickle "
                + "config:config.json"
        ),
        (
            "Config.JSON",
            "config/json config/empty weights/pickle config/zip config/json config/json weights/pickle "
                + "config:config.json"
        ),
        (
            "generation_config.json",
            "config/json config/empty weights/pickle config/zip config/json config/json weights/pickle "
                + "config:generation_config.json"
        ),
        (
            "adapter_config.json",
            "config/json config/empty weights/pickle config/zip config/json config/json weights/pickle "
                + "config:adapter_config.json"
        ),
        (
            "quantize_config.json",
            "config/json config/empty weights/pickle config/zip config/json config/json weights/pickle "
                + "config:quantize_config.json"
        ),
        ("params.json", "config/json config/empty weights/pickle config/zip config/json config/json weights/pickle"),
        (
            "model.safetensors.index.json",
            "config/json config/empty weights/pickle config/zip config/json config/json weights/pickle index"
        ),
        (
            "pytorch_model.bin.index.json",
            "config/json config/empty weights/pickle config/zip config/json config/json weights/pickle index"
        ),
        (".index.json", "config/json config/empty weights/pickle config/zip config/json config/json weights/pickle"),
        (
            "model_index.json",
            "config/json config/empty weights/pickle config/zip config/json config/json weights/pickle "
                + "config:model_index.json"
        ),
        ("my_config.yaml", "config/yaml config/empty weights/pickle config/zip config/yaml config/yaml weights/pickle"),
        ("training.yml", "other/yaml other/empty weights/pickle other/zip other/yaml other/yaml weights/pickle"),
        (
            "config.yml.bak",
            "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"
        ),
        (
            "configuration.md",
            "other/markdown other/empty weights/pickle other/zip other/markdown other/markdown weights/pickle"
        ),
        (
            "Modelfile",
            "config/text config/empty weights/pickle config/zip config/binary weights/pickle weights/pickle "
                + "modelfile"
        ),
        (
            "modelfile.chat",
            "config/text config/empty weights/pickle config/zip config/binary weights/pickle weights/pickle "
                + "modelfile"
        ),
        (
            "llama.modelfile",
            "config/text config/empty weights/pickle config/zip config/binary weights/pickle weights/pickle "
                + "modelfile"
        ),
        ("modelfiles", "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"),
        (
            "MODELFILE",
            "config/text config/empty weights/pickle config/zip config/binary weights/pickle weights/pickle "
                + "modelfile"
        ),
        (
            "mergekit_config.yml",
            "config/yaml config/empty weights/pickle config/zip config/yaml config/yaml weights/pickle "
                + "mergekit"
        ),
        (
            "merge_config.yaml",
            "config/yaml config/empty weights/pickle config/zip config/yaml config/yaml weights/pickle "
                + "mergekit"
        ),
        (
            "Mergekit_Config.YML",
            "config/yaml config/empty weights/pickle config/zip config/yaml config/yaml weights/pickle "
                + "mergekit"
        ),
        (
            "model.safetensors",
            "weights/safetensors other/empty weights/pickle other/zip weights/safetensors weights/pickle "
                + "weights/safetensors"
        ),
        (
            "MODEL.SAFETENSORS",
            "weights/safetensors other/empty weights/pickle other/zip weights/safetensors weights/pickle "
                + "weights/safetensors"
        ),
        ("model.gguf", "weights/gguf other/empty weights/pickle other/zip weights/gguf weights/pickle weights/pickle"),
        (
            "pytorch_model.bin",
            "other/text other/empty weights/pickle weights/pytorch-zip weights/pickle weights/pickle "
                + "weights/pickle"
        ),
        (
            "weights.bin",
            "other/text other/empty weights/pickle weights/pytorch-zip weights/binary weights/pickle "
                + "weights/pickle"
        ),
        (
            "WEIGHTS.BIN",
            "other/text other/empty weights/pickle weights/pytorch-zip weights/binary weights/pickle "
                + "weights/pickle"
        ),
        (
            "model.pt",
            "other/text other/empty weights/pickle weights/pytorch-zip weights/pickle weights/pickle "
                + "weights/pickle"
        ),
        (
            "model.pth",
            "other/text other/empty weights/pickle weights/pytorch-zip weights/pickle weights/pickle "
                + "weights/pickle"
        ),
        (
            "model.ckpt",
            "other/text other/empty weights/pickle weights/pytorch-zip weights/pickle weights/pickle "
                + "weights/pickle"
        ),
        (
            "data.pkl",
            "other/text other/empty weights/pickle weights/pytorch-zip weights/pickle weights/pickle "
                + "weights/pickle"
        ),
        ("x.pickle", "other/text other/empty weights/pickle other/zip weights/pickle weights/pickle weights/pickle"),
        ("model.onnx", "other/text other/empty weights/pickle other/zip weights/onnx weights/pickle weights/pickle"),
        ("tf_model.h5", "other/text other/empty weights/pickle other/zip weights/hdf5 weights/pickle weights/pickle"),
        ("model.hdf5", "other/text other/empty weights/pickle other/zip weights/hdf5 weights/pickle weights/pickle"),
        ("model.keras", "other/text other/empty weights/pickle weights/zip weights/hdf5 weights/pickle weights/pickle"),
        (
            "model.tflite",
            "other/text other/empty weights/pickle other/zip weights/tflite weights/pickle weights/pickle"
        ),
        ("weights.npz", "other/text other/empty weights/pickle weights/npz weights/npz weights/pickle weights/pickle"),
        ("arr.npy", "other/text other/empty weights/pickle other/zip weights/npy weights/pickle weights/pickle"),
        (
            "flax_model.msgpack",
            "other/text other/empty weights/pickle other/zip weights/flax-msgpack weights/pickle "
                + "weights/pickle"
        ),
        (
            "adapter_model.safetensors",
            "adapter/safetensors other/empty adapter/pickle other/zip adapter/safetensors adapter/pickle "
                + "adapter/safetensors"
        ),
        (
            "adapter-model.bin",
            "other/text other/empty adapter/pickle adapter/pytorch-zip adapter/binary adapter/pickle "
                + "adapter/pickle"
        ),
        (
            "my_lora.bin",
            "other/text other/empty adapter/pickle adapter/pytorch-zip adapter/binary adapter/pickle "
                + "adapter/pickle"
        ),
        (
            "LoRA.pt",
            "other/text other/empty adapter/pickle adapter/pytorch-zip adapter/pickle adapter/pickle "
                + "adapter/pickle"
        ),
        (
            "training_args.bin",
            "other/text other/empty other/pickle other/pytorch-zip other/binary other/pickle other/pickle"
        ),
        (
            "optimizer.pt",
            "other/text other/empty other/pickle other/pytorch-zip other/pickle other/pickle other/pickle"
        ),
        (
            "scheduler.pt",
            "other/text other/empty other/pickle other/pytorch-zip other/pickle other/pickle other/pickle"
        ),
        ("scaler.pt", "other/text other/empty other/pickle other/pytorch-zip other/pickle other/pickle other/pickle"),
        (
            "rng_state.pth",
            "other/text other/empty other/pickle other/pytorch-zip other/pickle other/pickle other/pickle"
        ),
        (
            "rng_state_3.pth",
            "other/text other/empty other/pickle other/pytorch-zip other/pickle other/pickle other/pickle"
        ),
        (
            "model-00001-of-00002.data",
            "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"
        ),
        (
            "release.tar.gz",
            "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"
        ),
        ("weights.pt.1", "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"),
        ("model.bin.txt", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        (
            "archive.tar.zst",
            "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"
        ),
        (
            "notes.md",
            "other/markdown other/empty weights/pickle other/zip other/markdown other/markdown weights/pickle"
        ),
        ("table.csv", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("train.py", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("run.sh", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("index.js", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("lib.rs", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("x.swift", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("x.toml", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("x.h", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("x.c", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("x.go", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("x.java", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("x.ts", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("page.html", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("a.rst", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("t.cfg", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("s.ini", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("x.jinja", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        ("data", "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"),
        ("Makefile", "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"),
        (
            ".gitattributes",
            "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"
        ),
        (
            ".clearanceignore",
            "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"
        ),
        ("trailing.", "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"),
        (".hidden.txt", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        (".", "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"),
        ("", "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"),
        (
            "many/shard000/file00000.txt",
            "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"
        ),
        ("dir.d/noext", "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"),
        (
            "outer.zip!/inner/Config.JSON",
            "config/json config/empty weights/pickle config/zip config/json config/json weights/pickle "
                + "config:config.json"
        ),
        (
            "\u{212A}.BIN",
            "other/text other/empty weights/pickle weights/pytorch-zip weights/binary weights/pickle "
                + "weights/pickle"
        ),
        (
            "weights/\u{212A}.PT",
            "other/text other/empty weights/pickle weights/pytorch-zip weights/pickle weights/pickle "
                + "weights/pickle"
        ),
        (
            "README.M\u{212A}",
            "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"
        ),
        (
            "LICENSE.M\u{212A}",
            "license/text other/empty weights/pickle other/zip license/binary license/text weights/pickle"
        ),
        (
            "LICENSE\u{301}",
            "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"
        ),
        (
            "LICEN\u{301}SE",
            "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"
        ),
        (
            "NOTICE.TX\u{301}T",
            "notice/text other/empty weights/pickle other/zip notice/binary notice/text weights/pickle"
        ),
        ("caf\u{E9}.txt", "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"),
        (
            "\u{FF2C}icense",
            "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"
        ),
        ("L\u{130}CENSE", "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"),
        (
            "config\u{301}.json",
            "config/json config/empty weights/pickle config/zip config/json config/json weights/pickle"
        ),
        (
            "model.safetensors\u{301}",
            "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"
        ),
        (
            "tokenizer.js\u{301}on",
            "tokenizer/text tokenizer/empty weights/pickle tokenizer/zip tokenizer/binary weights/pickle "
                + "weights/pickle"
        ),
        (
            "\u{DC}n\u{EF}code/NOTICE.TXT",
            "notice/text other/empty weights/pickle other/zip notice/binary notice/text weights/pickle"
        ),
        (
            "mod\u{E8}le.bin",
            "other/text other/empty weights/pickle weights/pytorch-zip weights/binary weights/pickle "
                + "weights/pickle"
        ),
        (
            "R\u{C9}ADME.md",
            "other/markdown other/empty weights/pickle other/zip other/markdown other/markdown weights/pickle"
        ),
        (
            "name\u{D}\u{A}.txt",
            "other/text other/empty weights/pickle other/zip other/binary other/text weights/pickle"
        ),
        ("x.\u{301}txt", "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"),
        (
            "Modelfile\u{301}",
            "other/text other/empty weights/pickle other/zip other/binary weights/pickle weights/pickle"
        ),
        (
            "USE_POLIC\u{301}Y.md",
            "other/markdown other/empty weights/pickle other/zip other/markdown other/markdown weights/pickle"
        ),
        ("\u{212A}onfig.json", "other/json other/empty weights/pickle other/zip other/json other/json weights/pickle"),
    ]

    @Test(arguments: 0..<table.count)
    func decidesAsBefore(index: Int) {
        let (name, decisions) = Self.table[index]
        #expect(Self.decisions(for: name) == decisions, "\(name.debugDescription)")
    }
}
