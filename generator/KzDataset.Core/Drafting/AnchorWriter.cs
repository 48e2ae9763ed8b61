using System;
using System.Collections.Generic;
using KzDataset.Core.Model;

namespace KzDataset.Core.Drafting;

/// <summary>
/// Anchors that resolve as the resolver resolves them (Validation/AnchorResolver.cs): the exact text,
/// with "occurrence" only when that text occurs more than once (exact matches, counted overlapping,
/// in the whole text); a long span by a start and an end quotation.
/// </summary>
internal sealed class AnchorWriter
{
    private const int LongSpan = 240;
    private const int EndLength = 40;
    private readonly string _text;

    public AnchorWriter(string text) => _text = text;

    public IReadOnlyList<(string Name, object? Value)> Anchor(TextRange range, bool preferEnds)
    {
        var fields = new List<(string, object?)>();
        if (preferEnds && range.Length > LongSpan && Ends(range) is var (start, end))
        {
            fields.Add(("start", start));
            var occurrence = Occurrence(start, range.Start);
            if (occurrence is not null) fields.Add(("occurrence", occurrence));
            fields.Add(("end", end));
            return fields;
        }
        var exact = _text.Substring(range.Start, range.Length);
        fields.Add(("exact", exact));
        var at = Occurrence(exact, range.Start);
        if (at is not null) fields.Add(("occurrence", at));
        return fields;
    }

    /// <summary>The 1-based occurrence of <paramref name="needle"/> at <paramref name="position"/>, or null when it is the only one.</summary>
    private decimal? Occurrence(string needle, int position)
    {
        var count = 0;
        var index = -1;
        var before = 0;
        while ((index = _text.IndexOf(needle, index + 1, StringComparison.Ordinal)) >= 0)
        {
            count++;
            if (index < position) before++;
        }
        return count > 1 ? before + 1 : null;
    }

    // The span's first and last words: the end quotation must first occur after the start at the span's end.
    private (string Start, string End)? Ends(TextRange range)
    {
        var startEnd = WordEnd(range.Start + EndLength, range.End);
        var endStart = WordStart(range.End - EndLength, range.Start);
        if (endStart <= startEnd) return null;
        var end = _text.Substring(endStart, range.End - endStart);
        var first = _text.IndexOf(end, startEnd, StringComparison.Ordinal);
        if (first != endStart) return null;
        return (_text.Substring(range.Start, startEnd - range.Start), end);
    }

    private int WordEnd(int from, int limit)
    {
        var i = Math.Min(from, limit);
        while (i < limit && !char.IsWhiteSpace(_text[i])) i++;
        return i;
    }

    private int WordStart(int from, int limit)
    {
        var i = Math.Max(from, limit);
        while (i > limit && !char.IsWhiteSpace(_text[i - 1])) i--;
        return i;
    }
}
