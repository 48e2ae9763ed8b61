using System.Collections.Immutable;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Model;

namespace KzDataset.Core.Records;

/// <summary>
/// How the articles are spread over a fixed number of generated files (buckets), so an edit
/// regenerates one file of a bounded size. The count is written into the corpus header
/// (<see cref="HeaderBuilder"/>), where the runtime reads it.
/// </summary>
public static class BucketLayout
{
    public const int BucketCount = 16;

    /// <summary>
    /// The articles grouped into files. Without per-item members the quotes and figures are left
    /// out of the model, so editing them changes no generated file.
    /// </summary>
    public static ImmutableArray<BucketModel> Buckets(CorpusModel corpus, bool itemMembers)
        => corpus.Articles
            .Select(a => itemMembers ? a : a with { Quotes = EquatableArray<CatalogItem>.Empty, Figures = EquatableArray<CatalogItem>.Empty })
            .GroupBy(a => BucketOf(a.Id))
            .OrderBy(g => g.Key)
            .Select(g => new BucketModel(g.Key, g.ToEquatableArray()))
            .ToImmutableArray();

    /// <summary>FNV-1a of the id: stable across runs, machines and .NET versions (string.GetHashCode is not).</summary>
    public static int BucketOf(string id)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in id)
            {
                hash = (hash ^ c) * 16777619u;
            }
            return (int)(hash % BucketCount);
        }
    }
}
