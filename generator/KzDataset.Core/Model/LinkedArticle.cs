using KzDataset.Core.Common;

namespace KzDataset.Core.Model;

/// <summary>
/// The output of the link step for one article: references checked against the registries,
/// mentions found, and the aliases seen in its body ("person-id\nalias"), for the corpus check.
/// </summary>
public sealed record LinkedArticle(
    string SidecarPath,
    string BaseName,
    string? ArticleId,
    SourceLocation IdLocation,
    ArticleModel? Article,
    EquatableArray<string> AliasesSeen,
    EquatableArray<DiagnosticInfo> Diagnostics);
