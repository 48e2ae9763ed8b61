using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KzDataset.Bench.Scaling;

/// <summary>
/// What a corpus project's build hands the generator: the KzSeed metadata the generator package's
/// build files give a seeds folder's files (*.txt texts, *.json sidecars, registry/*.json registries)
/// and the project's namespace. Without it the generator sees no seeds.
/// </summary>
internal sealed class SeedOptions : AnalyzerConfigOptionsProvider
{
    public static readonly SeedOptions Instance = new();

    private static readonly Values None = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string> { ["build_property.RootNamespace"] = "KzDataset" });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => KindOf(textFile.Path) is { } kind
        ? new Values(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KzSeed"] = kind })
        : None;

    private static string? KindOf(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.EndsWith(".txt", System.StringComparison.OrdinalIgnoreCase)) return "text";
        if (!normalized.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase) || normalized.EndsWith(".schema.json", System.StringComparison.OrdinalIgnoreCase)) return null;
        return normalized.Contains("/registry/", System.StringComparison.Ordinal) ? "registry" : "sidecar";
    }

    private sealed class Values(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
