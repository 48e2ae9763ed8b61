using KzDataset.Core.Common;

namespace KzDataset.Core.Model;

/// <summary>Everything the corpus step found: the articles to emit, the registries, and every diagnostic.</summary>
public sealed record CorpusModel(
    EquatableArray<ArticleEntry> Articles,
    RegistrySpec Registry,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The articles of one generated file; the bucket is a stable hash of the article id.</summary>
public sealed record BucketModel(int Index, EquatableArray<ArticleEntry> Articles);

/// <summary>
/// What one article contributes to the generated code: its id and seed name (the manifest), its
/// record (the computed data, see KzDataset.Format.ArticleRecord), a line of documentation, and its
/// quotes and figures in record order, for the typed members.
/// </summary>
public sealed record ArticleEntry(
    string Id,
    string BaseName,
    EquatableArray<byte> Record,
    string? Title,
    string Outlet,
    DateModel Published,
    EquatableArray<CatalogItem> Quotes,
    EquatableArray<CatalogItem> Figures);

/// <summary>A quote or figure in the catalog: its local id and a short description for the documentation.</summary>
public sealed record CatalogItem(string LocalId, string Summary);
