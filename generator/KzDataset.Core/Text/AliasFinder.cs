using System;
using System.Collections.Generic;
using KzDataset.Format;

namespace KzDataset.Core.Text;

/// <summary>Finds a name as a whole word in a text, under the typographic equivalence.</summary>
internal sealed class AliasFinder
{
    private readonly string _folded;
    // Hashes of the text's words: a name whose first word's hash is absent cannot be in the text
    // (an equal hash of another word only means the scan below runs).
    private readonly HashSet<int> _words = new();

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
                _words.Add(WordHash(_folded, start, i - start));
                start = -1;
            }
        }
    }

    /// <summary>FNV-1a of a run of characters.</summary>
    internal static int WordHash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++) hash = (hash ^ text[i]) * 16777619;
            return hash;
        }
    }

    public bool Contains(string alias) => Contains(FoldedName.Of(alias));

    public bool Contains(FoldedName name)
    {
        var needle = name.Folded;
        if (needle.Length == 0) return false;
        // A whole-word match starts with a whole word of the text: most names are ruled out by one
        // lookup instead of a scan of the text (registries hold hundreds of names).
        if (name.FirstWord.Length > 0 && !_words.Contains(WordHash(name.FirstWord, 0, name.FirstWord.Length))) return false;

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
