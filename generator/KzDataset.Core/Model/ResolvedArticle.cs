using KzDataset.Core.Common;

namespace KzDataset.Core.Model;

/// <summary>Which registry a reference points into.</summary>
public enum RegistryKind
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
public sealed record ReferenceUse(RegistryKind Registry, string Id, SourceLocation Location, string? QuoteId);

/// <summary>
/// The output of the resolve step for one sidecar: anchors resolved against the text and every
/// text-only rule checked. <see cref="Article"/> is null when the article cannot be emitted. The
/// body is kept as its paragraphs' offsets into <see cref="Text"/> (the step's input, not a copy):
/// the pipeline keeps every step's output, so a body text per article would be kept too.
/// </summary>
public sealed record ResolvedArticle(
    string SidecarPath,
    string BaseName,
    string? ArticleId,
    SourceLocation IdLocation,
    ArticleModel? Article,
    SeedText? Text,
    EquatableArray<ParagraphModel> BodyParagraphs,
    EquatableArray<ReferenceUse> References,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The body as a reader sees it: paragraphs joined by a blank line (as <c>Article.Body</c>).</summary>
    public string BodyText() => Text is null ? string.Empty : ParagraphModel.Join(Text.Content, BodyParagraphs);
}
