using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>MSBuild properties as the compiler hands them to the generator (build_property.*), for in-memory runs.</summary>
internal sealed class TestAnalyzerOptions : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;

    public TestAnalyzerOptions(IReadOnlyDictionary<string, string> properties) => _global = new Options(properties);

    /// <summary>The properties the KzDataset project sets: per-item members on, as for the bundled corpus.</summary>
    public static TestAnalyzerOptions WithItemMembers(bool on = true)
        => new(new Dictionary<string, string> { ["build_property.KzItemMembers"] = on ? "true" : "false" });

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

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
