using System;
using System.Collections.Generic;
using KzDataset.Shared;

namespace KzDataset.Generator.Text;

/// <summary>Finds a name as a whole word in a text, under the typographic equivalence.</summary>
internal sealed class AliasFinder
{
    private readonly string _folded;
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public AliasFinder(string text)
    {
        _folded = TypographicFolding.Fold(text);
        var start = -1;
        for (var i = 0; i <= _folded.Length; i++)
        {
            var inWord = i < _folded.Length && char.IsLetterOrDigit(_folded[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                _words.Add(_folded.Substring(start, i - start));
                start = -1;
            }
        }
    }

    public bool Contains(string alias)
    {
        var needle = TypographicFolding.Fold(alias);
        if (needle.Length == 0) return false;
        // A whole-word match starts with a whole word of the text: most names are ruled out by one
        // lookup instead of a scan of the text (registries hold hundreds of names).
        var firstWord = 0;
        while (firstWord < needle.Length && char.IsLetterOrDigit(needle[firstWord])) firstWord++;
        if (firstWord > 0 && !_words.Contains(needle.Substring(0, firstWord))) return false;

        var index = _folded.IndexOf(needle, StringComparison.Ordinal);
        while (index >= 0)
        {
            var before = index == 0 || !char.IsLetterOrDigit(_folded[index - 1]);
            var end = index + needle.Length;
            var after = end >= _folded.Length || !char.IsLetterOrDigit(_folded[end]);
            if (before && after) return true;
            index = _folded.IndexOf(needle, index + 1, StringComparison.Ordinal);
        }
        return false;
    }
}
