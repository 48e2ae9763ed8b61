using System.Linq;
using KzDataset.Core.Model;
using KzDataset.Core.Validation;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>The body is the text minus exclusions, in paragraphs; with the exclusions it partitions the text.</summary>
public sealed class BodyLayoutTests
{
    [Fact]
    public void Paragraphs_break_at_blank_lines_and_skip_excluded_blocks()
    {
        const string raw = "Title\n\nFirst para.\n\nBUY NOW\n\nSecond para.\n";
        var layout = BodyLayout.Build(raw, new[] { new TextRange(raw.IndexOf("BUY", System.StringComparison.Ordinal), raw.IndexOf("BUY", System.StringComparison.Ordinal) + 7) });

        Assert.Equal("Title\n\nFirst para.\n\nSecond para.", layout.Text);
        Assert.Equal(3, layout.Paragraphs.Count);
    }

    [Fact]
    public void An_inline_exclusion_keeps_its_paragraph_in_two_segments()
    {
        const string raw = "<p>Kept text.</p>";
        var layout = BodyLayout.Build(raw, new[] { new TextRange(0, 3), new TextRange(13, 17) });

        Assert.Equal("Kept text.", layout.Text);
        Assert.Single(layout.Paragraphs);
    }

    [Fact]
    public void Lines_between_excluded_html_tags_are_separate_paragraphs()
    {
        const string raw = "<p>One.</p>\n<p>Two.</p>";
        var layout = BodyLayout.Build(raw, new[] { new TextRange(0, 3), new TextRange(7, 11), new TextRange(12, 15), new TextRange(19, 23) });

        Assert.Equal(new[] { "One.", "Two." }, layout.Text.Split("\n\n"));
    }

    [Fact]
    public void Segments_and_exclusions_partition_the_text()
    {
        const string raw = "abcdefghij";
        var exclusions = new[] { new TextRange(2, 4), new TextRange(6, 7) };
        var segments = BodyLayout.Complement(raw.Length, exclusions);

        var covered = segments.Concat(exclusions).OrderBy(r => r.Start).ToList();
        Assert.Equal(0, covered[0].Start);
        for (var i = 1; i < covered.Count; i++) Assert.Equal(covered[i - 1].End, covered[i].Start);
        Assert.Equal(raw.Length, covered[^1].End);
    }
}
