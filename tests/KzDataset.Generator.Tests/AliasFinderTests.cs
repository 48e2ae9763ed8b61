using CsCheck;
using KzDataset.Core.Text;
using KzDataset.Format;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>Names are found as whole words under the typographic equivalence, and the word index changes no answer.</summary>
public sealed class AliasFinderTests
{
    [Theory]
    [InlineData("Mr Tokayev said", "Tokayev", true)]
    [InlineData("Mr Tokayev said", "Mr Tokayev", true)]
    [InlineData("Mr Tokayevich said", "Tokayev", false)]
    [InlineData("the Kassym\u2011Jomart Tokayev era", "Kassym-Jomart Tokayev", true)]
    [InlineData("Kassym-Jomart", "Jomart", true)]
    [InlineData("Marat's view", "Marat", true)]
    [InlineData("Erica\u00A0Marat said", "Erica Marat", true)]
    [InlineData("Erica Marat said", "Erica Maratova", false)]
    [InlineData("“the Kremlin”", "\"the Kremlin\"", true)]
    [InlineData("Putin", "", false)]
    public void Finds_whole_words(string text, string alias, bool expected)
        => Assert.Equal(expected, new AliasFinder(text).Contains(alias));

    [Fact]
    public void Agrees_with_a_plain_scan_of_the_folded_text()
    {
        var words = Gen.OneOfConst("Marat", "Tokayev", "Erica", "de", "the", "Kremlin", "Tok", "ayev", "«X»", "2022");
        var separators = Gen.OneOfConst(" ", "-", "\u00A0", "’s ", ", ", "\u2013", "");
        var text = Gen.Select(words, separators).Array[0, 12].Select(parts => string.Concat(System.Linq.Enumerable.Select(parts, p => p.Item1 + p.Item2)));
        var alias = Gen.Select(words, separators, words).Select(t => t.Item1 + t.Item2 + t.Item3).Select(s => s.Trim());
        Gen.Select(text, alias, Gen.Bool).Sample((t, a, single) =>
        {
            var needle = single ? a.Split(' ')[0] : a;
            Assert.Equal(PlainScan(t, needle), new AliasFinder(t).Contains(needle));
        }, iter: 2_000);
    }

    // The definition: the folded alias occurs in the folded text with no letter or digit on either side.
    private static bool PlainScan(string text, string alias)
    {
        var folded = TypographicFolding.Fold(text);
        var needle = TypographicFolding.Fold(alias);
        if (needle.Length == 0) return false;
        for (var i = folded.IndexOf(needle, System.StringComparison.Ordinal); i >= 0; i = folded.IndexOf(needle, i + 1, System.StringComparison.Ordinal))
        {
            var end = i + needle.Length;
            if ((i == 0 || !char.IsLetterOrDigit(folded[i - 1])) && (end >= folded.Length || !char.IsLetterOrDigit(folded[end]))) return true;
        }
        return false;
    }
}
