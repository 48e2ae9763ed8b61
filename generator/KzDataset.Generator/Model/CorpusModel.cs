using KzDataset.Generator.Common;

namespace KzDataset.Generator.Model;

/// <summary>Everything the generator emits and reports, after the corpus-wide checks.</summary>
internal sealed record CorpusModel(
    EquatableArray<ArticleModel> Articles,
    RegistryModel Registry,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The articles of one generated file; the bucket is a stable hash of the article id.</summary>
internal sealed record BucketModel(int Index, EquatableArray<ArticleModel> Articles);

/// <summary>A line of the articles catalog: enough for a typed member and its documentation.</summary>
internal sealed record ArticleEntry(string Id, string? Title, string Outlet, DateModel Published);

/// <summary>What the catalogs file needs: article entries, registries and the buckets in use.</summary>
internal sealed record CatalogModel(
    EquatableArray<ArticleEntry> Articles,
    RegistryModel Registry);
