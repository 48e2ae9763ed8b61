using System.Collections.Generic;
using System.Linq;
using CsCheck;
using KzDataset.Core.Model;
using KzDataset.Core.Validation;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The two helpers of the completeness check on their own: the coverage index must agree with
/// <see cref="TextRange.Contains(TextRange)"/>, and the marks around a span are found exactly where the check expects.
/// </summary>
public sealed class CoverageAndMarksTests
{
    [Fact]
    public void A_range_is_covered_only_inside_a_span()
    {
        var index = new CoverageIndex(10, new[] { new TextRange(2, 5) });

        Assert.True(index.Covers(new TextRange(2, 5)));
        Assert.True(index.Covers(new TextRange(3, 4)));
        Assert.False(index.Covers(new TextRange(2, 6)));
        Assert.False(index.Covers(new TextRange(1, 3)));
        Assert.False(index.Covers(new TextRange(6, 7)));
    }

    [Fact]
    public void A_span_at_the_very_start_covers_what_is_inside_it()
    {
        var index = new CoverageIndex(10, new[] { new TextRange(0, 4) });

        Assert.True(index.Covers(new TextRange(0, 4)));
        Assert.True(index.Covers(new TextRange(0, 1)));
        Assert.False(index.Covers(new TextRange(0, 5)));
        Assert.False(index.Covers(new TextRange(-1, 2)));
        Assert.False(index.Covers(new TextRange(11, 12)));
    }

    [Fact]
    public void The_widest_span_reaches_past_narrower_ones_whatever_their_order()
    {
        var index = new CoverageIndex(10, new[] { new TextRange(2, 4), new TextRange(0, 8), new TextRange(2, 3) });

        Assert.True(index.Covers(new TextRange(3, 7)));
        Assert.True(index.Covers(new TextRange(2, 8)));
        Assert.False(index.Covers(new TextRange(7, 9)));
    }

    [Fact]
    public void Spans_outside_the_text_are_ignored_and_ranges_outside_it_are_not_covered()
    {
        var index = new CoverageIndex(10, new[] { new TextRange(-1, 4), new TextRange(11, 12), new TextRange(10, 10) });

        Assert.False(index.Covers(new TextRange(0, 3)));
        Assert.False(index.Covers(new TextRange(-1, 0)));
        Assert.False(index.Covers(new TextRange(11, 12)));
        Assert.True(index.Covers(new TextRange(10, 10)));
    }

    [Fact]
    public void Covers_agrees_with_contains_for_any_spans()
        // Ranges with length only: the check never asks about empty ones.
        => Gen.Select(Gen.Select(Gen.Int[0, 20], Gen.Int[0, 6]).Array[0, 6], Gen.Int[0, 19], Gen.Int[1, 6]).Sample((spans, start, length) =>
        {
            var ranges = spans.Select(s => new TextRange(s.Item1, System.Math.Min(20, s.Item1 + s.Item2))).ToList();
            var range = new TextRange(start, System.Math.Min(20, start + length));

            Assert.Equal(ranges.Any(r => r.Contains(range)), new CoverageIndex(20, ranges).Covers(range));
        });

    [Theory]
    [InlineData('\u201C', true)]
    [InlineData('\u201D', true)]
    [InlineData('\u201E', true)]
    [InlineData('\u201F', true)]
    [InlineData('\u00AB', true)]
    [InlineData('\u00BB', true)]
    [InlineData('"', true)]
    [InlineData('\u2018', true)]
    [InlineData('\u2019', false)]
    [InlineData('\'', false)]
    [InlineData('a', false)]
    public void The_completeness_check_looks_for_double_marks_and_the_opening_single_one(char c, bool checkedMark)
        => Assert.Equal(checkedMark, QuotationMarks.IsCheckedMark(c));

    [Theory]
    [InlineData("\u201Cword\u201D", 1, 0)]
    [InlineData("x \u201C word", 4, 2)]
    [InlineData("\u201C\u00A0\t\u202Fword", 4, 0)]
    [InlineData("'word", 1, 0)]
    [InlineData("word", 0, -1)]
    [InlineData("  word", 2, -1)]
    [InlineData("\u201Cx word", 3, -1)]
    public void The_opening_mark_may_be_separated_from_the_span_by_spaces_only(string text, int start, int expected)
        => Assert.Equal(expected, QuotationMarks.OpeningBefore(text, new TextRange(start, start + 4 > text.Length ? text.Length : start + 4)));

    [Theory]
    [InlineData("word\u201D", 4)]
    [InlineData("word .,;:!?\u2026\u00A0\t\u202F\u201D x", 15)]
    [InlineData("word'", 4)]
    [InlineData("word", -1)]
    [InlineData("word. ", -1)]
    [InlineData("word x\u201D", -1)]
    [InlineData("word-\u201D", -1)]
    public void The_closing_mark_may_follow_spaces_and_closing_punctuation(string text, int expected)
        => Assert.Equal(expected, QuotationMarks.ClosingAfter(text, new TextRange(0, 4)));

    [Fact]
    public void Marks_are_searched_from_the_span_edges()
    {
        Assert.Equal(1, QuotationMarks.OpeningBefore("a\u201Cbc", new TextRange(2, 4)));
        Assert.Equal(2, QuotationMarks.ClosingAfter("ab\u201Dc", new TextRange(0, 2)));
    }

    private static IEnumerable<TextRange> None => Enumerable.Empty<TextRange>();

    [Fact]
    public void An_index_without_spans_covers_nothing_that_has_length()
    {
        var index = new CoverageIndex(5, None);

        Assert.False(index.Covers(new TextRange(0, 1)));
        Assert.False(index.Covers(new TextRange(4, 5)));
    }
}
