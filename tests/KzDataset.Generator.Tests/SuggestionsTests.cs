using System;
using System.Linq;
using CsCheck;
using KzDataset.Core.Text;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>"Did you mean": the optimal string alignment distance and which candidate is near enough.</summary>
public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "abcd", 4)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ab", "ba", 1)] // one transposition
    [InlineData("abcd", "acbd", 1)]
    [InlineData("ca", "abc", 3)] // OSA, not Damerau: no edit of a transposed pair
    [InlineData("nyt", "nty", 1)]
    [InlineData("troops", "troop", 1)]
    public void Distance_counts_insertions_deletions_substitutions_and_adjacent_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, Suggestions.Distance(a, b));
        Assert.Equal(expected, Suggestions.Distance(b, a));
    }

    /// <summary>Against a direct recursive definition of the same distance, on short generated strings.</summary>
    [Fact]
    public void Distance_agrees_with_the_recursive_definition()
        => Gen.Select(Gen.String[Gen.Char["abc"], 0, 6], Gen.String[Gen.Char["abc"], 0, 6])
            .Sample((a, b) => Suggestions.Distance(a, b) == Reference(a, b), iter: 2_000);

    private static int Reference(string a, string b)
    {
        int D(int i, int j)
        {
            if (i == 0) return j;
            if (j == 0) return i;
            var best = Math.Min(Math.Min(D(i - 1, j) + 1, D(i, j - 1) + 1), D(i - 1, j - 1) + (a[i - 1] == b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, D(i - 2, j - 2) + 1);
            return best;
        }
        return D(a.Length, b.Length);
    }

    [Fact]
    public void The_nearest_candidate_is_suggested_ignoring_case()
        => Assert.Equal("troops-deployed", Suggestions.Closest("Troops-Deploy", new[] { "casualties", "troops-deployed", "arrests" }));

    [Fact]
    public void Of_equally_near_candidates_the_first_in_ordinal_order_wins_whatever_their_order()
    {
        Assert.Equal("abd", Suggestions.Closest("abc", new[] { "abe", "abd" }));
        Assert.Equal("abd", Suggestions.Closest("abc", new[] { "abd", "abe" }));
        Assert.Equal("abd", Suggestions.Closest("abc", new[] { "xyz", "abe", "abd", "abf" }));
    }

    [Fact]
    public void A_nearer_candidate_beats_an_earlier_one()
        => Assert.Equal("abcx", Suggestions.Closest("abcd", new[] { "abxy", "abcx" }));

    [Theory]
    [InlineData("ab", "xy", "xy")] // two edits are always near enough
    [InlineData("abc", "xyz", null)] // three edits on three letters are not
    [InlineData("abcdefghi", "abcxyzghi", "abcxyzghi")] // a third of nine letters
    [InlineData("abcdefghi", "abwxyzghi", null)] // four of nine are not
    [InlineData("abcdefghijkl", "abcdefghi", "abcdefghi")] // the shorter of the two sets the limit: 9 / 3 = 3
    [InlineData("abcdefghijklm", "abcdefghi", null)] // four edits against that limit of three
    public void A_candidate_is_suggested_only_within_a_third_of_the_shorter_length_or_two_edits(string value, string candidate, string? expected)
        => Assert.Equal(expected, Suggestions.Closest(value, new[] { candidate }));

    [Fact]
    public void No_candidates_no_suggestion()
        => Assert.Null(Suggestions.Closest("abc", Array.Empty<string>()));
}
