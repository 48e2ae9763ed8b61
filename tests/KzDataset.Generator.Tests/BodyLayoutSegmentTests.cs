using System.Linq;
using KzDataset.Core.Model;
using KzDataset.Core.Validation;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The exact segments of each paragraph and of the body: offsets are what the generated corpus stores,
/// so a paragraph that reads right but points at the wrong raw characters is a bug.
/// </summary>
public sealed class BodyLayoutSegmentTests
{
    private static string[] Paragraphs(BodyLayout layout)
        => layout.Paragraphs.Select(p => string.Join(" ", p.Segments.Select(s => $"{s.Start}-{s.End}"))).ToArray();

    [Fact]
    public void An_inline_exclusion_splits_a_paragraph_into_segments_of_raw_offsets()
    {
        const string raw = "Kept <b>bold</b> text.";
        var layout = BodyLayout.Build(raw, new[] { new TextRange(5, 8), new TextRange(12, 16) });

        Assert.Equal(new[] { "0-5 8-12 16-22" }, Paragraphs(layout));
        Assert.Equal("Kept bold text.", layout.Text);
        Assert.Equal(new[] { new TextRange(0, 5), new TextRange(8, 12), new TextRange(16, 22) }, layout.Segments);
    }

    [Fact]
    public void Paragraphs_are_trimmed_of_surrounding_whitespace()
    {
        var layout = BodyLayout.Build("  a  \n\n  b  ", System.Array.Empty<TextRange>());

        Assert.Equal(new[] { "2-3", "9-10" }, Paragraphs(layout));
        Assert.Equal("a\n\nb", layout.Text);
    }

    [Fact]
    public void A_line_of_spaces_is_a_blank_line_but_a_single_break_is_not()
    {
        Assert.Equal(new[] { "0-1", "5-6" }, Paragraphs(BodyLayout.Build("a\n \t\nb", System.Array.Empty<TextRange>())));
        Assert.Equal(new[] { "0-4" }, Paragraphs(BodyLayout.Build("a\n b", System.Array.Empty<TextRange>())));
    }

    [Fact]
    public void Line_breaks_at_the_text_edges_are_not_paragraphs()
        => Assert.Equal(new[] { "1-3" }, Paragraphs(BodyLayout.Build("\nab\n", System.Array.Empty<TextRange>())));

    [Fact]
    public void A_line_break_right_after_an_exclusion_ends_a_paragraph()
    {
        var layout = BodyLayout.Build("a<x>\nb", new[] { new TextRange(1, 4) });

        Assert.Equal(new[] { "0-1", "5-6" }, Paragraphs(layout));
        Assert.Equal("a\n\nb", layout.Text);
    }

    [Fact]
    public void A_line_break_right_before_an_exclusion_ends_a_paragraph()
        => Assert.Equal(new[] { "0-1", "5-6" }, Paragraphs(BodyLayout.Build("a\n<x>b", new[] { new TextRange(2, 5) })));

    [Fact]
    public void A_whitespace_only_body_has_no_paragraph()
    {
        var layout = BodyLayout.Build(" \n\n ", System.Array.Empty<TextRange>());

        Assert.Empty(layout.Paragraphs);
        Assert.Equal(string.Empty, layout.Text);
    }

    [Theory]
    [InlineData(new[] { 2, 6, 3, 4, 5, 8 }, "0-2 8-10")]
    [InlineData(new[] { 5, 8, 2, 6 }, "0-2 8-10")]
    [InlineData(new[] { 0, 3 }, "3-10")]
    [InlineData(new[] { 7, 10 }, "0-7")]
    [InlineData(new[] { 0, 10 }, "")]
    [InlineData(new int[0], "0-10")]
    [InlineData(new[] { 2, 4, 4, 6 }, "0-2 6-10")]
    public void The_complement_skips_overlapping_nested_and_unsorted_exclusions(int[] bounds, string expected)
    {
        var exclusions = Enumerable.Range(0, bounds.Length / 2).Select(i => new TextRange(bounds[2 * i], bounds[(2 * i) + 1]));

        var segments = BodyLayout.Complement(10, exclusions);

        Assert.Equal(expected, string.Join(" ", segments.Select(s => $"{s.Start}-{s.End}")));
    }

    [Fact]
    public void Join_puts_a_blank_line_between_paragraphs_and_concatenates_segments()
    {
        const string raw = "abcdefgh";
        var paragraphs = new[]
        {
            new ParagraphModel(new KzDataset.Core.Common.EquatableArray<TextRange>(new[] { new TextRange(0, 2), new TextRange(3, 4) })),
            new ParagraphModel(new KzDataset.Core.Common.EquatableArray<TextRange>(new[] { new TextRange(6, 8) })),
        };

        Assert.Equal("abd\n\ngh", BodyLayout.Join(raw, paragraphs));
    }
    [Fact]
    public void A_blank_line_at_the_start_of_the_text_is_no_paragraph()
        => Assert.Equal(new[] { "2-4" }, Paragraphs(BodyLayout.Build("\n\nab", System.Array.Empty<TextRange>())));
}
