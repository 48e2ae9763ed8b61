using KzDataset.Format;

namespace KzDataset.Core.Text;

/// <summary>A name as <see cref="AliasFinder"/> searches for it: folded once, with its first word for the word index.</summary>
internal sealed class FoldedName
{
    private FoldedName(string original, string folded, string firstWord)
    {
        Original = original;
        Folded = folded;
        FirstWord = firstWord;
    }

    public string Original { get; }

    public string Folded { get; }

    /// <summary>The leading run of letters and digits; empty when the name starts otherwise.</summary>
    public string FirstWord { get; }

    public static FoldedName Of(string name)
    {
        var folded = TypographicFolding.Fold(name);
        var end = 0;
        while (end < folded.Length && char.IsLetterOrDigit(folded[end])) end++;
        return new FoldedName(name, folded, folded.Substring(0, end));
    }
}
