/// The exact Notice lines the licenses require (each license's Notice clause), by license id.
enum NoticeLines {
    static let lines: [String: String] = [
        "llama2":
            "Llama 2 is licensed under the LLAMA 2 Community License, Copyright (c) Meta Platforms, Inc. All Rights Reserved.",
        "llama3":
            "Meta Llama 3 is licensed under the Meta Llama 3 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.",
        "llama3.1":
            "Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.",
        "llama3.2":
            "Llama 3.2 is licensed under the Llama 3.2 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.",
        "llama3.3":
            "Llama 3.3 is licensed under the Llama 3.3 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.",
        "llama4":
            "Llama 4 is licensed under the Llama 4 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.",
        "gemma": "Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms",
        "qwen": "Qwen is licensed under the Qwen LICENSE AGREEMENT, Copyright (c) Alibaba Cloud. All Rights Reserved.",
        "qwen-research":
            "Qwen is licensed under the Qwen RESEARCH LICENSE AGREEMENT, Copyright (c) Alibaba Cloud. All Rights Reserved.",
        "tongyi-qianwen":
            "Tongyi Qianwen is licensed under the Tongyi Qianwen LICENSE AGREEMENT, Copyright (c) Alibaba Cloud. All Rights Reserved.",
        "tongyi-qianwen-research":
            "Tongyi Qianwen is licensed under the Tongyi Qianwen RESEARCH LICENSE AGREEMENT, Copyright (c) Alibaba Cloud. All Rights Reserved.",
        "mrl": "Licensed by Mistral AI under the Mistral AI Research License",
        "nvidia-open-model-license": "Licensed by NVIDIA Corporation under the NVIDIA Open Model License",
        "mnpl": "Licensed by Mistral AI under the Mistral AI Non-Production License",
        "stabilityai-ai-community":
            "This Stability AI Model is licensed under the Stability AI Community License, Copyright © Stability AI Ltd. All Rights Reserved",
        "sai-nc-community":
            "This Stability AI Model is licensed under the Stability AI Non-Commercial Research Community License, Copyright (c) Stability AI Ltd. All Rights Reserved.",
        "deepfloyd-if-license":
            "DeepFloyd is licensed under the DeepFloyd License, Copyright (c) Stability AI Ltd. All Rights Reserved.",
        "tencent-hunyuan-community":
            "Tencent Hunyuan is licensed under the Tencent Hunyuan Community License Agreement, Copyright © 2024 Tencent. All Rights Reserved. The trademark rights of “Tencent Hunyuan” are owned by Tencent or its affiliate.",
        "apple-amlr":
            "Apple Machine Learning Research Model is licensed under the Apple Machine Learning Research Model License Agreement.",
        "health-ai-developer-foundations":
            "HAI-DEF is provided under and subject to the Health AI Developer Foundations Terms of Use found at https://developers.google.com/health-ai-developer-foundations/terms",
    ]

    static func line(_ license: String) -> String {
        lines[license] ?? ""
    }
}
