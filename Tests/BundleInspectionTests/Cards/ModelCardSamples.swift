/// Model cards shaped like real Hugging Face cards.
enum ModelCardSamples {
    static let llama = """
        ---
        license: llama3.1
        base_model: meta-llama/Llama-3.1-8B-Instruct
        base_model_relation: finetune
        language:
        - en
        - de
        tags:
        - facebook
        - meta
        - llama-3
        pipeline_tag: text-generation
        datasets: acme/support-chats
        extra_gated_eu_disallowed: true
        extra_gated_prompt: |-
          ### LLAMA 3.1 COMMUNITY LICENSE AGREEMENT
          **"Agreement"** means the terms and conditions for use, *reproduction*, distribution and modification.
          * item one *with* emphasis *and* more *stars* here *and* *there* *too* *many* *to* *count*
          ? not a key: *really
        extra_gated_fields:
          First Name: text
          Country: country
          geo: ip_location
          "By clicking Submit below I accept the terms *of* the license": checkbox
        # a comment with *stars *everywhere *in *it *and *more *of *them *still *going
        ---

        # Llama-3.1-Acme-8B

        Built with Llama.

        ```python
        # not a title
        ```
        """

    static let merge = """
        ---
        base_model:
        - Qwen/Qwen2.5-7B-Instruct
        - Qwen/Qwen2.5-Math-7B
        base_model_relation: merge
        library_name: transformers
        tags: [mergekit, merge]
        license: [apache-2.0, mit]
        model-index:
        - name: Qwen2.5-Acme-Merge-7B
          results: []
        ---
        # Something else
        """

    static let qwenOther = """
        ---
        license: other
        license_name: qwen
        license_link: https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE
        model_name: Qwen2.5-Acme-72B
        ---
        Body without a heading.
        """

    static let headingOnly = """
        <!-- # not this one -->
        ```
        # nor this one
        ```
        #Not a heading either

        # **Gemma-Acme** [2B](https://example.com)

        Text.
        """

    static let setext = """
        Acme Model
        ==========
        """
}
