using System;
using System.Linq;
using KzDataset.Rendering;
using Xunit;

namespace KzDataset.Tests;

/// <summary>The plain-text renderer: a record on one line, a sequence as an aligned listing with its count.</summary>
public sealed class TextRendererTests
{
    [Fact]
    public void A_record_is_one_line_of_its_named_fields()
    {
        var quote = Quotes.NytTokayevEmbracesRussia.CededSovereignty;

        var line = TextRenderer.Render(quote);

        Assert.DoesNotContain('\n', line);
        Assert.StartsWith($"id: {quote.Id} · speaker: {quote.Speaker.Name} · kind: direct · text: ", line);
        Assert.Contains($"outlet: {quote.Article.Outlet.Name} · line: {quote.Span.Line}", line);
    }

    [Fact]
    public void Text_with_line_breaks_stays_on_one_line()
    {
        var turn = Articles.All.SelectMany(a => a.Turns).First(t => t.Text.Contains('\n'));

        var line = TextRenderer.Render(turn);

        Assert.DoesNotContain('\n', line);
        Assert.Contains(string.Join(' ', turn.Text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries)), line);
    }

    [Fact]
    public void A_sequence_is_a_count_a_header_the_first_rows_and_a_note_of_the_rest()
    {
        var quotes = Quotes.All;

        var lines = TextRenderer.Render(quotes, 10).TrimEnd('\n').Split('\n');

        Assert.Equal($"{quotes.Count} quotes", lines[0]);
        Assert.StartsWith("id ", lines[1]);
        Assert.Equal(1 + 1 + 10 + 1, lines.Length);
        Assert.Equal(quotes.Take(10).Select(q => q.Id), lines.Skip(2).Take(10).Select(l => l.Split(' ')[0]));
        Assert.Equal($"… {quotes.Count - 10} more not shown (10 of {quotes.Count} quotes)", lines[^1]);
        // Columns line up: the second column starts at the same place on every row.
        var second = lines[1].IndexOf("speaker", StringComparison.Ordinal);
        Assert.All(lines.Skip(2).Take(10), l => Assert.NotEqual(' ', l[second]));
        Assert.All(lines.Skip(2).Take(10), l => Assert.Equal(' ', l[second - 1]));
    }

    [Fact]
    public void A_short_sequence_has_no_note_and_an_empty_one_says_so()
    {
        Assert.DoesNotContain("more not shown", TextRenderer.Render(Articles.All));
        Assert.Equal($"{Articles.All.Count} articles", TextRenderer.Render(Articles.All).Split('\n')[0]);
        Assert.StartsWith("0 figures\n", TextRenderer.Render(Array.Empty<Figure>()));
    }

    [Fact]
    public void A_negative_row_count_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextRenderer.Render(Quotes.All, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => HtmlRenderer.Render(Quotes.All, -1));
    }
}
