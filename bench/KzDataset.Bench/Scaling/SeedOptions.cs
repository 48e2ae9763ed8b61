using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using KzDataset.Core.Parsing;

namespace KzDataset.Bench.Scaling;

/// <summary>
/// What a corpus project's build hands the generator: the KzSeed metadata the generator package's
/// build files give a seeds folder's files (the generator's own SeedLayout rule)
/// and the project's namespace. Without it the generator sees no seeds.
/// </summary>
internal sealed class SeedOptions(string seedsFolder) : AnalyzerConfigOptionsProvider
{
    private static readonly Values None = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string> { ["build_property.RootNamespace"] = "KzDataset" });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => SeedKinds.Name(SeedLayout.KindOf(seedsFolder, textFile.Path)) is { } kind
        ? new Values(new Dictionary<string, string> { ["build_metadata.AdditionalFiles." + SeedKinds.MetadataName] = kind })
        : None;

    private sealed class Values(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
