using System;
using System.Linq;
using CsCheck;
using KzDataset.Core.Text;
using KzDataset.Format;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The "closest passage" search against its definition: the smallest edit distance between the
/// pattern and any passage of the text, ignoring case and typography; the passage it returns is one at that distance.
/// </summary>
public sealed class ApproximateMatcherTests
{
    private static string Normalize(string value)
        => new(value.Select(c => char.ToLowerInvariant(TypographicFolding.Fold(c))).ToArray());

    private static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }
        return d[a.Length, b.Length];
    }

    private static int BestDistance(string text, string pattern)
    {
        var p = Normalize(pattern);
        var t = Normalize(text);
        var best = p.Length;
        for (var start = 0; start <= t.Length; start++)
        {
            for (var end = start; end <= t.Length; end++) best = Math.Min(best, Levenshtein(p, t.Substring(start, end - start)));
        }
        return best;
    }

    [Fact]
    public void The_distance_is_the_smallest_over_all_passages_and_the_passage_is_at_that_distance()
    {
        var chars = Gen.Char["abcAB “\"–-"];
        Gen.Select(chars.Array[0, 12], chars.Array[1, 6]).Sample((t, p) =>
        {
            var text = new string(t);
            var pattern = new string(p);

            var match = ApproximateMatcher.Closest(text, pattern);

            Assert.Equal(BestDistance(text, pattern), match.Distance);
            Assert.InRange(match.Start, 0, match.End);
            Assert.InRange(match.End, match.Start, text.Length);
            Assert.Equal(match.Distance, Levenshtein(Normalize(pattern), Normalize(text.Substring(match.Start, match.End - match.Start))));
        }, iter: 3_000);
    }

    [Fact]
    public void Distance_is_the_edit_distance_of_the_whole_passage()
    {
        var chars = Gen.Char["abcAB “\"–-"];
        Gen.Select(chars.Array[0, 12], chars.Array[0, 12]).Sample((p, t) =>
            Assert.Equal(Levenshtein(Normalize(new string(p)), Normalize(new string(t))), ApproximateMatcher.Distance(new string(p), new string(t))), iter: 3_000);
    }

    [Fact]
    public void Closest_within_a_region_finds_the_passage_there_in_offsets_of_the_whole_text()
    {
        var match = ApproximateMatcher.Closest("open gate, open door", 10, 20, "open dor");

        Assert.Equal((11, 18, 1), (match.Start, match.End, match.Distance));
    }

    [Fact]
    public void Among_equal_passages_the_one_that_starts_earlier_wins()
    {
        var match = ApproximateMatcher.Closest("We saw 2,500 soldiers.", "2500 soldiers");

        Assert.Equal((7, 21, 1), (match.Start, match.End, match.Distance));
    }

    [Fact]
    public void Case_and_typography_cost_nothing()
    {
        var match = ApproximateMatcher.Closest("He said “Peace – Now”.", "\"peace - now\"");

        Assert.Equal((8, 21, 0), (match.Start, match.End, match.Distance));
    }

    [Fact]
    public void A_pattern_longer_than_300_characters_is_matched_by_its_first_300()
    {
        var head = string.Concat(Enumerable.Range(0, 40).Select(i => $"word{i:D2} ab")).Substring(0, 300);
        var text = "Intro. " + head + " and the rest.";

        var match = ApproximateMatcher.Closest(text, head + new string('z', 50));

        Assert.Equal((7, 307, 0), (match.Start, match.End, match.Distance));
    }

    [Fact]
    public void An_empty_text_matches_nothing_at_the_full_cost()
    {
        var match = ApproximateMatcher.Closest(string.Empty, "abc");

        Assert.Equal((0, 0, 3), (match.Start, match.End, match.Distance));
    }
    [Fact]
    public void Among_equal_matches_the_first_in_the_text_wins()
    {
        var match = ApproximateMatcher.Closest("ab ab", "ab");

        Assert.Equal((0, 2, 0), (match.Start, match.End, match.Distance));
    }

    [Fact]
    public void With_no_match_better_than_the_whole_pattern_the_passage_is_at_the_text_start()
    {
        var match = ApproximateMatcher.Closest("xyz", "ab");

        Assert.Equal((0, 2, 2), (match.Start, match.End, match.Distance));
    }
}
