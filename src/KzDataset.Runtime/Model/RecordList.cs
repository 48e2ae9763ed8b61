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
    private readonly Func<IReadOnlyList<T>> _items;

    public RecordList(int count, Func<IReadOnlyList<T>> items)
    {
        Count = count;
        _items = items;
    }

    public int Count { get; }

    public T this[int index] => (uint)index < (uint)Count ? _items()[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        // An empty list needs nothing read.
        if (Count == 0) yield break;
        foreach (var item in _items()) yield return item;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
