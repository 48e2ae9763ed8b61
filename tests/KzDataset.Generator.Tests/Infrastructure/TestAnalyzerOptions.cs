using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using KzDataset.Core.Parsing;
using KzDataset.Testing;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>
/// MSBuild properties (build_property.*) and item metadata (build_metadata.*) as the compiler hands
/// them to the generator, for in-memory runs. Files get the KzSeed metadata the package's build files
/// give the seeds folder (the generator's own <see cref="SeedLayout"/> rule, under the fixture's folder or
/// the repository's seeds), unless the test says otherwise.
/// </summary>
internal sealed class TestAnalyzerOptions : AnalyzerConfigOptionsProvider
{
    private readonly IReadOnlyDictionary<string, string> _properties;
    private readonly Options _global;
    private readonly System.Func<string, string?> _seedKind;

    public TestAnalyzerOptions(IReadOnlyDictionary<string, string> properties, System.Func<string, string?>? seedKind = null)
    {
        _properties = properties;
        _global = new Options(properties);
        _seedKind = seedKind ?? SeedKindByLayout;
    }

    /// <summary>A new provider with the same settings, as the compiler server hands the generator on every build.</summary>
    public TestAnalyzerOptions Copy() => new(new Dictionary<string, string>(_properties), _seedKind);

    /// <summary>The properties the KzDataset project sets: its namespace, per-item members on (as for the bundled corpus).</summary>
    public static TestAnalyzerOptions WithItemMembers(bool on = true)
        => new(new Dictionary<string, string>
        {
            ["build_property.KzItemMembers"] = on ? "true" : "false",
            ["build_property.RootNamespace"] = "KzDataset",
        });

    /// <summary>The KzSeed metadata the package's targets give a file of the seeds folder, or null.</summary>
    public static string? SeedKindByLayout(string path)
    {
        var folder = path.StartsWith(SeedSet.Folder, System.StringComparison.Ordinal) ? SeedSet.Folder : RepositoryPaths.Seeds;
        return SeedKinds.Name(SeedLayout.KindOf(folder, path));
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _seedKind(textFile.Path) is { } kind
            ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KzSeed"] = kind })
            : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            var found = _values.TryGetValue(key, out var v);
            value = v;
            return found;
        }
    }
}
