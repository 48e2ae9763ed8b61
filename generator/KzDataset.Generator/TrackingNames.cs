namespace KzDataset.Generator;

/// <summary>Names of the pipeline steps, so tests can check which steps ran and which were cached.</summary>
internal static class TrackingNames
{
    public const string SeedFiles = "SeedFiles";
    public const string SeedContents = "ReadSeedFile";
    public const string Texts = "Texts";
    public const string TextFiles = "TextFiles";
    public const string Sidecars = "ParseSidecar";
    public const string Pair = "PairSidecarWithText";
    public const string RegistryFiles = "ParseRegistryFile";
    public const string Registry = "Registry";
    public const string Resolve = "ResolveArticle";
    public const string Link = "LinkArticle";
    public const string Record = "BuildRecord";
    public const string Corpus = "Corpus";
    public const string Buckets = "Buckets";
    public const string RegistrySpec = "RegistrySpec";
    public const string Diagnostics = "Diagnostics";
    public const string Options = "Options";
    public const string EmitOptions = "EmitOptions";
}
