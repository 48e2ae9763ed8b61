using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Model;

namespace KzDataset.Core.Drafting;

/// <summary>One text as the finders read it: its lines, and which spans are excluded once the exclusions are found.</summary>
internal sealed class DraftPage
{
    private bool[] _excluded;

    public DraftPage(string text, DraftRules rules)
    {
        Text = text;
        Rules = rules;
        Patterns = DraftPatterns.Of(rules);
        _excluded = new bool[text.Length];
        var lines = new List<TextRange>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            lines.Add(new TextRange(start, end));
            start = i + 1;
        }
        Lines = lines;
    }

    public string Text { get; }

    public DraftRules Rules { get; }

    public DraftPatterns Patterns { get; }

    /// <summary>Every line, without its line end.</summary>
    public IReadOnlyList<TextRange> Lines { get; }

    public IReadOnlyList<TextRange> Excluded { get; private set; } = Array.Empty<TextRange>();

    public void Exclude(IEnumerable<TextRange> ranges)
    {
        Excluded = ranges.OrderBy(r => r.Start).ToList();
        _excluded = new bool[Text.Length];
        foreach (var range in Excluded)
        {
            for (var i = range.Start; i < range.End; i++) _excluded[i] = true;
        }
    }

    public bool IsExcluded(int offset) => offset >= 0 && offset < _excluded.Length && _excluded[offset];

    public bool TouchesExcluded(TextRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (_excluded[i]) return true;
        }
        return false;
    }

    /// <summary>The line's text, trimmed of spaces at both ends, as a range.</summary>
    public TextRange Trim(TextRange range)
    {
        var start = range.Start;
        var end = range.End;
        while (start < end && char.IsWhiteSpace(Text[start])) start++;
        while (end > start && char.IsWhiteSpace(Text[end - 1])) end--;
        return new TextRange(start, end);
    }

    public string Of(TextRange range) => Text.Substring(range.Start, range.Length);

    /// <summary>The index of the line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        int low = 0, high = Lines.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Lines[mid].Start <= offset) low = mid;
            else high = mid - 1;
        }
        return low;
    }
}
