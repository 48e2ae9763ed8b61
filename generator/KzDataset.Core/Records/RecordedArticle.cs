using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using KzDataset.Core.Model;

namespace KzDataset.Core.Records;

/// <summary>A linked article with its entry (record bytes and catalog lines), or no entry when it has no article.</summary>
public sealed record RecordedArticle(LinkedArticle Linked, ArticleEntry? Entry)
{
    /// <summary>The built entries, looked up by the article model the corpus-wide checks pass on.</summary>
    internal static Func<CheckedArticle, ArticleEntry> EntriesByArticle(ImmutableArray<RecordedArticle> articles)
    {
        var entries = new Dictionary<ArticleModel, ArticleEntry>(ByReference.Instance);
        foreach (var a in articles)
        {
            if (a.Linked.Article is { } article && a.Entry is { } entry) entries[article] = entry;
        }
        return a => entries[a.Article];
    }

    // The checks hand on the same model objects; comparing by value would hash whole articles.
    private sealed class ByReference : IEqualityComparer<ArticleModel>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(ArticleModel? x, ArticleModel? y) => ReferenceEquals(x, y);

        public int GetHashCode(ArticleModel obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
