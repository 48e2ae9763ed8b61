using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Core.Text;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// Every way an anchor can fail, with the exact arguments of the message, and the edges of prefix,
/// suffix, occurrence and end searches: an annotator acts on these messages, so their content is behaviour.
/// </summary>
public sealed class AnchorResolverMessageTests
{
    private static readonly SourceLocation At = new("/seeds/t.json", 7, 3, 1, 2, 1, 5);

    private static (TextRange? Range, List<DiagnosticInfo> Diagnostics) Resolve(string text, RawAnchor anchor)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var resolver = new AnchorResolver(SeedTextReader.Create("/seeds/t.txt", text));
        return (resolver.Resolve(anchor, diagnostics), diagnostics);
    }

    private static RawAnchor Exact(string exact, string? prefix = null, string? suffix = null, int? occurrence = null)
        => new(exact, null, null, prefix, suffix, occurrence, At);

    private static RawAnchor Span(string start, string end) => new(null, start, end, null, null, null, At);

    private static DiagnosticInfo Fails(string text, RawAnchor anchor, string id)
    {
        var (range, diagnostics) = Resolve(text, anchor);
        Assert.Null(range);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(At, diagnostic.Location);
        return diagnostic;
    }

    [Fact]
    public void A_quotation_far_from_any_passage_says_so()
    {
        var diagnostic = Fails("The quick brown fox.", Exact("zzzzzzzzzz"), "KZ0100");

        Assert.Equal(
            new[] { "zzzzzzzzzz", "t.txt", "No passage of the text is close to it: check the file name and the quotation." },
            diagnostic.Arguments.ToArray());
    }

    [Fact]
    public void A_near_miss_shows_the_closest_passage_its_line_and_distance()
    {
        var diagnostic = Fails("Line one.\nThe troops arrived in Almaty.", Exact("troops arived in Almaty"), "KZ0100");

        Assert.Equal(
            "\"troops arived in Almaty\" is not in t.txt. Closest passage, line 2 (1 edit(s) away): \"troops arrived in Almaty\"; paste that exact text.",
            diagnostic.Message);
    }

    [Fact]
    public void A_passage_half_the_quotation_away_is_still_shown()
    {
        // Distance 2 for a quotation of 4 characters: exactly the limit, so it is shown.
        var diagnostic = Fails("ab", Exact("abzz"), "KZ0100");

        Assert.Equal("Closest passage, line 1 (2 edit(s) away): \"ab\"; paste that exact text.", diagnostic.Arguments[2]);
    }

    [Fact]
    public void An_empty_quotation_never_resolves()
    {
        var (range, diagnostics) = Resolve("abc", Exact(string.Empty));

        Assert.Null(range);
        Assert.Equal("KZ0100", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Prefix_and_suffix_that_match_no_occurrence_are_both_named()
    {
        var diagnostic = Fails("one cat,\ntwo cat", Exact("cat", prefix: "red ", suffix: "!"), "KZ0100");

        Assert.Equal(
            new[]
            {
                "cat with prefix \"red \" and suffix \"!\"", "t.txt",
                "It occurs 2 time(s) (lines 1, 2), but never with that prefix: copy the text around the one you mean.",
            },
            diagnostic.Arguments.ToArray());
    }

    [Fact]
    public void A_prefix_alone_that_matches_no_occurrence_is_named()
    {
        var diagnostic = Fails("one cat, two cat", Exact("cat", prefix: "red "), "KZ0100");

        Assert.Equal("cat with prefix \"red \"", diagnostic.Arguments[0]);
        Assert.Equal("It occurs 2 time(s) (lines 1, 1), but never with that prefix: copy the text around the one you mean.", diagnostic.Arguments[2]);
    }

    [Fact]
    public void A_suffix_alone_that_matches_no_occurrence_is_named()
    {
        var diagnostic = Fails("one cat, two cat", Exact("cat", suffix: "!"), "KZ0100");

        Assert.Equal("cat with suffix \"!\"", diagnostic.Arguments[0]);
        Assert.Equal("It occurs 2 time(s) (lines 1, 1), but never with that suffix: copy the text around the one you mean.", diagnostic.Arguments[2]);
    }

    [Fact]
    public void An_occurrence_past_the_last_names_the_count()
    {
        var diagnostic = Fails("one cat, two cat", Exact("cat", occurrence: 3), "KZ0102");

        Assert.Equal(new[] { "3", "cat", "2", "t.txt" }, diagnostic.Arguments.ToArray());
    }

    [Fact]
    public void The_last_occurrence_can_be_asked_for()
        => Assert.Equal(new TextRange(13, 16), Resolve("one cat, two cat", Exact("cat", occurrence: 2)).Range);

    [Fact]
    public void An_ambiguous_quotation_lists_the_lines_of_its_occurrences()
    {
        var diagnostic = Fails("cat\ndog cat\n\ncat", Exact("cat"), "KZ0101");

        Assert.Equal(new[] { "cat", "3", "t.txt", "1, 2, 4" }, diagnostic.Arguments.ToArray());
    }

    [Fact]
    public void Eight_lines_are_listed_in_full_and_more_are_cut_with_an_ellipsis()
    {
        var eight = Fails(string.Join("\n", Enumerable.Repeat("cat", 8)), Exact("cat"), "KZ0101");
        var nine = Fails(string.Join("\n", Enumerable.Repeat("cat", 9)), Exact("cat"), "KZ0101");

        Assert.Equal("1, 2, 3, 4, 5, 6, 7, 8", eight.Arguments[3]);
        Assert.Equal("9", nine.Arguments[1]);
        Assert.Equal("1, 2, 3, 4, 5, 6, 7, 8, …", nine.Arguments[3]);
    }

    [Fact]
    public void Overlapping_occurrences_each_count()
    {
        var diagnostic = Fails("aaa", Exact("aa"), "KZ0101");

        Assert.Equal("2", diagnostic.Arguments[1]);
    }

    [Fact]
    public void A_prefix_may_start_the_text_and_a_suffix_may_end_it()
    {
        Assert.Equal(new TextRange(4, 7), Resolve("two cat, cat", Exact("cat", prefix: "two ")).Range);
        Assert.Equal(new TextRange(5, 8), Resolve("cat, cat two", Exact("cat", suffix: " two")).Range);
    }

    [Fact]
    public void A_prefix_longer_than_the_text_before_an_occurrence_rules_it_out()
        => Assert.Equal(new TextRange(7, 10), Resolve("cat, a cat", Exact("cat", prefix: "a ")).Range);

    [Fact]
    public void A_suffix_longer_than_the_text_after_an_occurrence_rules_it_out()
        => Assert.Equal(new TextRange(0, 3), Resolve("cat a, cat", Exact("cat", suffix: " a")).Range);

    [Fact]
    public void Prefix_and_suffix_are_compared_with_typography_folded()
        => Assert.Equal(new TextRange(15, 18), Resolve("the cat, “big” cat – yes", Exact("cat", prefix: "\"big\" ", suffix: " - yes")).Range);

    [Fact]
    public void The_end_is_searched_only_after_the_whole_start_quotation()
    {
        // "c" occurs inside the start quotation and before it; only the one after counts.
        Assert.Equal(new TextRange(2, 9), Resolve("c abcd xc", Span("abc", "c")).Range);
    }

    [Fact]
    public void An_end_missing_after_the_start_names_the_start_line()
    {
        var diagnostic = Fails("Line one.\nStart here, no finish.", Span("Start", "zzzzzzzzzzzz"), "KZ0103");

        Assert.Equal(
            new[] { "zzzzzzzzzzzz", "2", "t.txt", ". No passage of the text is close to it: check the file name and the quotation." },
            diagnostic.Arguments.ToArray());
    }

    [Fact]
    public void An_end_that_occurs_only_before_the_start_is_not_after_it()
        => Assert.Equal("KZ0103", Fails("Finish. Start here.", Span("Start", "Finish."), "KZ0103").Id);

    [Fact]
    public void Shorten_keeps_120_characters_and_cuts_longer_quotations_to_their_ends()
    {
        var exactly = new string('a', 120);
        var longer = new string('b', 71) + new string('c', 10) + new string('d', 40);

        Assert.Equal(exactly, AnchorResolver.Shorten(exactly));
        Assert.Equal(new string('b', 70) + " … " + new string('d', 40), AnchorResolver.Shorten(longer));
        Assert.Equal("a  b c", AnchorResolver.Shorten("a\r\nb\nc"));
    }
    [Fact]
    public void An_exact_match_wins_over_a_typographic_one()
        => Assert.Equal(new TextRange(2, 5), Resolve("a \"x\" b \u201Cx\u201D", Exact("\"x\"")).Range);

    [Fact]
    public void A_closest_passage_of_300_characters_is_shown_whole_and_a_longer_one_by_its_ends()
    {
        // Words of fixed pseudo-random letters: no stretch of the passage resembles another.
        var random = new System.Random(7);
        var words = Enumerable.Range(0, 60).Select(_ => new string(Enumerable.Range(0, random.Next(3, 9)).Select(_ => (char)('a' + random.Next(26))).ToArray()));
        var passage = string.Join(" ", words).Substring(0, 319);
        passage = passage.Substring(0, passage.LastIndexOf(' '));
        var text = "Intro.\n" + passage + "\nEnd.";

        // One character changed in the words of the first 300 characters: those words, shown whole.
        var first = passage.Substring(0, passage.LastIndexOf(' ', 299));
        var near = first.Substring(0, 150) + "#" + first.Substring(151);
        var whole = Fails(text, Exact(near), "KZ0100").Arguments[2];
        // Twenty characters left out: the passage found is longer than 300 characters, shown by its
        // ends and not offered for pasting.
        var gappy = passage.Substring(0, 100) + passage.Substring(120);
        var shortened = Fails(text, Exact(gappy), "KZ0100").Arguments[2];

        Assert.Equal($"Closest passage, line 2 (1 edit(s) away): \"{first}\"; paste that exact text.", whole);
        Assert.Equal($"Closest passage, line 2 (20 edit(s) away), too long to show whole: \"{AnchorResolver.Shorten(passage)}\"; anchor it with \"start\" and \"end\".", shortened);
    }
}
