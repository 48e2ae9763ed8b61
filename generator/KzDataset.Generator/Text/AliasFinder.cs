using System;
using KzDataset.Shared;

namespace KzDataset.Generator.Text;

/// <summary>Finds a name as a whole word in a text, under the typographic equivalence.</summary>
internal sealed class AliasFinder
{
    private readonly string _folded;

    public AliasFinder(string text) => _folded = TypographicFolding.Fold(text);

    public bool Contains(string alias)
    {
        var needle = TypographicFolding.Fold(alias);
        if (needle.Length == 0) return false;
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
