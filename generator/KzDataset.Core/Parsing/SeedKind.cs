namespace KzDataset.Core.Parsing;

/// <summary>
/// What an AdditionalFile is to the generator, as the <c>KzSeed</c> item metadata says (set by the
/// package's build files for the files under the seeds folder). Files without it are not seeds.
/// </summary>
public enum SeedKind
{
    None,
    Text,
    Sidecar,
    Registry,
}

/// <summary>The values of the <c>KzSeed</c> metadata.</summary>
public static class SeedKinds
{
    public const string MetadataName = "KzSeed";

    public static SeedKind Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "text" => SeedKind.Text,
        "sidecar" => SeedKind.Sidecar,
        "registry" => SeedKind.Registry,
        _ => SeedKind.None,
    };

    /// <summary>The metadata value for a kind ("text", "sidecar", "registry"), or null for none.</summary>
    public static string? Name(SeedKind kind) => kind switch
    {
        SeedKind.Text => "text",
        SeedKind.Sidecar => "sidecar",
        SeedKind.Registry => "registry",
        _ => null,
    };
}
