using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using KzDataset.Generator.Checks;
using KzDataset.Generator.Common;
using KzDataset.Generator.Model;
using KzDataset.Generator.Validation;

namespace KzDataset.Generator.Emit;

/// <summary>One linked article with its entry (record bytes and catalog lines), or no entry when it has no article.</summary>
internal sealed record RecordedArticle(LinkedArticle Linked, ArticleEntry? Entry);

/// <summary>
/// The generator's per-article record step and the corpus step that gathers its results, so that
/// editing one sidecar re-encodes one record rather than every record of the corpus.
/// </summary>
internal static class ArticleRecords
{
    // One set of registry positions per registry, not one per article.
    private static readonly ConditionalWeakTable<RegistryModel, RecordBuilder> Builders = new();

    /// <summary>
    /// The article's entry; a record that cannot be built (which a checked article should never give)
    /// becomes KZ9999 on its sidecar and the article is left out, as a failed link would leave it.
    /// </summary>
    public static RecordedArticle Build(LinkedArticle linked, RegistryModel registry)
    {
        if (linked.Article is not { } article) return new RecordedArticle(linked, null);
        return StepGuard.Run(linked.SidecarPath,
            () => new RecordedArticle(linked, CorpusBuilder.Entry(article, linked.BaseName, Builders.GetValue(registry, r => new RecordBuilder(r)))),
            d => new RecordedArticle(linked with { Article = null, Diagnostics = linked.Diagnostics.Concat(new[] { d }).ToEquatableArray() }, null));
    }

    /// <summary>The corpus-wide checks over the recorded articles; the entries are taken as built.</summary>
    public static CorpusModel BuildCorpus(ImmutableArray<RecordedArticle> articles, RegistryModel registry, ImmutableArray<SeedFile> texts)
    {
        var entries = new Dictionary<LinkedArticle, ArticleEntry>(ReferenceEqualityComparer.Instance);
        foreach (var a in articles)
        {
            if (a.Entry is { } entry) entries[a.Linked] = entry;
        }
        return SeedSteps.BuildCorpus(articles.Select(a => a.Linked).ToImmutableArray(), registry, texts, a => entries[a]);
    }

    private sealed class ReferenceEqualityComparer : IEqualityComparer<LinkedArticle>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public bool Equals(LinkedArticle? x, LinkedArticle? y) => ReferenceEquals(x, y);

        public int GetHashCode(LinkedArticle obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
