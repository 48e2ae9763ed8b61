using System;
using System.Collections;
using System.Collections.Generic;

namespace KzDataset;

/// <summary>
/// A list whose length the article record gives and whose items are built only when one is asked
/// for (they need the article's text or sidecar): <c>article.Quotes.Count</c> reads neither.
/// </summary>
internal sealed class RecordList<T> : IReadOnlyList<T>
{
    private readonly Article _article;
    private readonly Func<ArticleContent, IReadOnlyList<T>> _items;

    /// <param name="article">The article whose content holds the items.</param>
    /// <param name="count">How many items the record has.</param>
    /// <param name="items">Where the content keeps them (a static lambda: no delegate per article).</param>
    public RecordList(Article article, int count, Func<ArticleContent, IReadOnlyList<T>> items)
    {
        _article = article;
        Count = count;
        _items = items;
    }

    public int Count { get; }

    public T this[int index] => (uint)index < (uint)Count ? _items(_article.Content)[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        // An empty list needs nothing read.
        if (Count == 0) yield break;
        foreach (var item in _items(_article.Content)) yield return item;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
