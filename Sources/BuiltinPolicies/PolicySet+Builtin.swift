import PolicyEngine

extension PolicySet {
    private static let withoutExamples = Result { () throws(PolicyError) -> PolicySet in
        try PolicySet(compiled: compiledPolicies)
    }
    private static let withExamples = Result { () throws(PolicyError) -> PolicySet in
        try PolicySet(compiled: compiledPolicies, includingExamples: true)
    }

    /// The policies of the repository's `policies/` folder, compiled into the binary by the build
    /// (`Plugins/CompilePolicies`). Loaded once per process; each pack is decoded the first time a
    /// check asks for it. Rules carry their examples only when `includingExamples` is set.
    ///
    /// - Throws: `PolicyError` only if the compiled copy is damaged: the build checked it.
    public static func builtin(includingExamples: Bool = false) throws(PolicyError) -> PolicySet {
        try (includingExamples ? withExamples : withoutExamples).get()
    }

    /// Each built-in pack's version row (`clearance --version`), read from the compiled index
    /// without decoding a pack, the general pack last.
    public static var builtinVersions: [PackVersion] { compiledPolicies.versions }
}
