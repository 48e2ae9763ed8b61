namespace KzDataset.Generator;

/// <summary>Names of the pipeline steps, so tests can check which steps ran and which were cached; each value is its member's name.</summary>
internal static class TrackingNames
{
    public const string SeedFiles = nameof(SeedFiles);
    public const string SeedContents = nameof(SeedContents);
    public const string Texts = nameof(Texts);
    public const string TextFiles = nameof(TextFiles);
    public const string Sidecars = nameof(Sidecars);
    public const string Pair = nameof(Pair);
    public const string RegistryFiles = nameof(RegistryFiles);
    public const string Registry = nameof(Registry);
    public const string Resolve = nameof(Resolve);
    public const string Link = nameof(Link);
    public const string Record = nameof(Record);
    public const string Corpus = nameof(Corpus);
    public const string Buckets = nameof(Buckets);
    public const string RegistrySpec = nameof(RegistrySpec);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Options = nameof(Options);
    public const string EmitOptions = nameof(EmitOptions);
}
