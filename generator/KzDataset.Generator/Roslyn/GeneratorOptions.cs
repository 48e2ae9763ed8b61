using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KzDataset.Generator.Roslyn;

/// <summary>
/// What the project tells the generator: MSBuild properties (made visible with
/// CompilerVisibleProperty by the package's build files) and the C# version.
/// <list type="bullet">
/// <item><c>KzNamespace</c>, else <c>RootNamespace</c>: the namespace of the catalogs.</item>
/// <item><c>KzItemMembers</c>: one typed member per quote and figure (<c>Quotes.Article.Quote</c>). Off by
/// default: at 10,000 articles those 300,000 members cost more compile time than everything else
/// (see docs/performance.md).</item>
/// </list>
/// </summary>
internal sealed record GeneratorOptions(bool ItemMembers, string Namespace, string? NamespaceProblem, string LanguageVersion, bool LanguageVersionSupported)
{
    public const string ItemMembersProperty = "build_property.KzItemMembers";

    public const string NamespaceProperty = "build_property.KzNamespace";

    public const string RootNamespaceProperty = "build_property.RootNamespace";

    /// <summary>
    /// Used when the project sets neither namespace property (an SDK project always has a RootNamespace).
    /// Not "Corpus": a namespace of that name would make <c>Corpus</c> ambiguous with the runtime's
    /// <c>KzDataset.Corpus</c> in code that imports both.
    /// </summary>
    public const string DefaultNamespace = "KzDataset.Generated";

    /// <summary>UTF-8 string literals (<c>"…"u8</c>) carry the compiled data.</summary>
    public const LanguageVersion MinimumLanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11;

    public static GeneratorOptions Read(AnalyzerConfigOptions options, CSharpParseOptions? parseOptions)
    {
        var itemMembers = options.TryGetValue(ItemMembersProperty, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        var ns = Property(options, NamespaceProperty) ?? Property(options, RootNamespaceProperty) ?? DefaultNamespace;
        var version = parseOptions?.LanguageVersion ?? MinimumLanguageVersion;
        return new GeneratorOptions(itemMembers, ns, NamespaceProblemOf(ns), version.ToDisplayString(), version >= MinimumLanguageVersion);
    }

    private static string? Property(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Why a namespace cannot be emitted, or null: every dotted part must be an identifier and no keyword.</summary>
    private static string? NamespaceProblemOf(string ns)
    {
        var bad = ns.Split('.').FirstOrDefault(part => !SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None
                                                       || SyntaxFacts.GetContextualKeywordKind(part) == SyntaxKind.GlobalKeyword);
        return bad is null ? null : $"'{bad}' is not a C# identifier";
    }
}
