using KzDataset.Generator.Common;

namespace KzDataset.Generator.Model;

/// <summary>Everything the generator emits and reports, after the corpus-wide checks.</summary>
internal sealed record CorpusModel(
    EquatableArray<ArticleModel> Articles,
    RegistryModel Registry,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The articles of one generated file; the bucket is a stable hash of the article id.</summary>
internal sealed record BucketModel(int Index, EquatableArray<ArticleModel> Articles);

/// <summary>A line of the articles catalog: enough for the typed members of the article, its quotes and its figures.</summary>
internal sealed record ArticleEntry(
    string Id,
    string? Title,
    string Outlet,
    DateModel Published,
    EquatableArray<CatalogItem> Quotes,
    EquatableArray<CatalogItem> Figures);

/// <summary>A quote or figure in the catalog: its local id and a short description for the documentation.</summary>
internal sealed record CatalogItem(string LocalId, string Summary);

/// <summary>What the catalogs file needs: article entries, registries and the buckets in use.</summary>
internal sealed record CatalogModel(
    EquatableArray<ArticleEntry> Articles,
    RegistryModel Registry);
