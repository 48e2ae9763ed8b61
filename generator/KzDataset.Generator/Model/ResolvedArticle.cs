using KzDataset.Generator.Common;

namespace KzDataset.Generator.Model;

/// <summary>Which registry a reference points into.</summary>
internal enum RegistryKind
{
    Person,
    Outlet,
    Measure,
    Unit,
}

/// <summary>
/// An id an article refers to, checked against the registries in the link step. For a speaker,
/// QuoteId names the quote, so the link step can check the speaker is named.
/// </summary>
internal sealed record ReferenceUse(RegistryKind Registry, string Id, SourceLocation Location, string? QuoteId);

/// <summary>
/// The output of the resolve step for one sidecar: anchors resolved against the text and every
/// text-only rule checked. <see cref="Article"/> is null when the article cannot be emitted.
/// </summary>
internal sealed record ResolvedArticle(
    string SidecarPath,
    string BaseName,
    string? ArticleId,
    SourceLocation IdLocation,
    ArticleModel? Article,
    string BodyText,
    EquatableArray<ReferenceUse> References,
    EquatableArray<DiagnosticInfo> Diagnostics);
