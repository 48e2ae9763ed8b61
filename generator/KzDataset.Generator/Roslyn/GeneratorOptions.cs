using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KzDataset.Generator.Roslyn;

/// <summary>
/// The MSBuild properties the generator reads (made visible to it with CompilerVisibleProperty).
/// <c>KzItemMembers</c>: one typed member per quote and figure (<c>Quotes.Article.Quote</c>). Off by
/// default: at 10,000 articles those 300,000 members cost more compile time than everything else
/// (see docs/performance.md); articles, people and the registries' enums are always generated.
/// </summary>
internal sealed record GeneratorOptions(bool ItemMembers)
{
    public const string ItemMembersProperty = "build_property.KzItemMembers";

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
        => new(options.TryGetValue(ItemMembersProperty, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase));
}
