using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KzDataset.Rendering;
using Xunit;

namespace KzDataset.Tests;

/// <summary>The HTML renderer on the bundled corpus, read back with a real HTML parser.</summary>
public sealed class HtmlRendererTests
{
    internal static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static TheoryData<string> ArticleIds() => new(Articles.All.Select(a => a.Id));

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void An_article_shows_its_whole_text_with_every_quote_figure_correction_and_exclusion_marked(string id)
    {
        var article = KzCorpus.Instance.Article(id);

        var document = Parse(HtmlRenderer.Render(article));

        var text = document.QuerySelector(".kzds-text")!;
        Assert.Equal(article.Quotes.Count, text.QuerySelectorAll(".kzds-who").Length);
        Assert.Equal(article.Figures.Count, text.QuerySelectorAll(".kzds-tag").Length);
        Assert.Equal(article.Corrections.Count, text.QuerySelectorAll(".kzds-fix").Length);
        // Every speaker is named where the quote starts, and the fixes are the corrections' words, in text order.
        Assert.Equal(article.Quotes.OrderBy(q => q.Span.Start).Select(q => q.Speaker.Name), text.QuerySelectorAll(".kzds-who").Select(e => e.TextContent));
        Assert.Equal(article.Corrections.OrderBy(c => c.Span.End).Select(c => "→ " + c.Correct), text.QuerySelectorAll(".kzds-fix").Select(e => e.TextContent));
        Assert.Equal(article.Excluded.Sum(e => e.Span.Length), text.QuerySelectorAll(".kzds-excluded").Sum(e => Verbatim(e).Length));
        // What is left once the added labels are taken out is the verbatim text, character for character.
        Assert.Equal(article.RawText, Verbatim(text));

        var metadata = document.QuerySelectorAll("dd").Select(e => e.TextContent).ToList();
        Assert.Contains(article.Id, metadata);
        Assert.Contains(metadata, m => m.StartsWith(article.Outlet.Name, System.StringComparison.Ordinal));
        Assert.Contains($"{article.Published} ({VocabularyWords.Of(article.Published.Precision)}{(article.Published.Inferred ? ", inferred" : "")})", metadata);
        Assert.Contains(VocabularyWords.Of(article.Format), metadata);
        Assert.Contains(metadata, m => m.StartsWith($"{article.Quotes.Count} quote", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Processing_shows_in_the_sidecars_words()
    {
        var translated = Articles.All.First(a => a.Processing.HasFlag(TextProcessing.MachineTranslated));

        var language = Parse(HtmlRenderer.Render(translated)).QuerySelectorAll("dt")
            .First(e => e.TextContent == "language").NextElementSibling!.TextContent;

        Assert.Equal($"{translated.Language} ({string.Join(", ", VocabularyWords.Flags(translated.Processing))})", language);
        Assert.Contains("machine-translated", language);
    }

    [Fact]
    public void A_sequence_shows_its_count_the_first_rows_and_how_many_were_left_out()
    {
        var quotes = Quotes.All;

        var document = Parse(HtmlRenderer.Render(quotes));

        Assert.Equal($"{quotes.Count} quotes", document.QuerySelector("caption")!.TextContent);
        Assert.Equal(HtmlRenderer.DefaultMaxRows, document.QuerySelectorAll("tr").Length - 1);
        Assert.Equal($"… {quotes.Count - 20} more not shown (20 of {quotes.Count} quotes)", document.QuerySelector(".kzds-more")!.TextContent);
        Assert.Equal(quotes.Take(20).Select(q => q.Id), document.QuerySelectorAll("tr").Skip(1).Select(r => r.Children[0].TextContent));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(1000)]
    public void The_number_of_rows_is_settable(int maxRows)
    {
        var figures = Figures.All;

        var document = Parse(HtmlRenderer.Render(figures, maxRows));

        Assert.Equal(System.Math.Min(maxRows, figures.Count), document.QuerySelectorAll("tr").Length - 1);
        Assert.Equal(maxRows < figures.Count, document.QuerySelector(".kzds-more") is not null);
    }

    [Fact]
    public void A_lazy_query_of_experts_is_a_table_of_people()
    {
        var experts = Experts.All.Where(e => e.Quotes.Count > 0);

        var document = Parse(HtmlRenderer.Render(experts));

        Assert.Equal($"{experts.Count()} people", document.QuerySelector("caption")!.TextContent);
        Assert.Equal(experts.Select(e => e.Name), document.QuerySelectorAll("tr").Skip(1).Select(r => r.Children[1].TextContent));
    }

    [Fact]
    public void A_record_is_one_row_of_its_fields()
    {
        var quote = Quotes.NytTokayevEmbracesRussia.CededSovereignty;

        var row = Parse(HtmlRenderer.Render(quote)).QuerySelectorAll("tr");

        Assert.Equal(2, row.Length);
        var cells = row[1].Children.Select(c => c.TextContent).ToList();
        Assert.Equal([quote.Id, quote.Speaker.Name, "direct", quote.Text], cells.Take(4));
        Assert.Equal(["id", "speaker", "kind", "text"], row[0].Children.Select(c => c.TextContent).Take(4));
    }

    [Fact]
    public void Each_record_type_renders_as_a_fragment_with_its_scoped_style()
    {
        var article = Articles.NytTokayevEmbracesRussia;
        var fragments = new[]
        {
            HtmlRenderer.Render(article), HtmlRenderer.Render(article.Quotes[0]), HtmlRenderer.Render(article.Figures[0]),
            HtmlRenderer.Render(Experts.EricaMarat), HtmlRenderer.Render(Corrections.All[0]), HtmlRenderer.Render(Articles.All.First(a => a.Turns.Count > 0).Turns[0]),
            HtmlRenderer.Render(article.Quotes[0].Span), HtmlRenderer.Render(Articles.All), HtmlRenderer.Render(Corrections.All),
        };

        foreach (var html in fragments)
        {
            var document = Parse(html);
            var root = document.Body!.Children.Single();
            Assert.Contains("kzds", root.ClassList);
            Assert.Single(document.QuerySelectorAll("style"));
            Assert.All(document.QuerySelector("style")!.TextContent.Split('}', System.StringSplitOptions.RemoveEmptyEntries), rule => Assert.StartsWith(".kzds", rule));
            Assert.Empty(document.QuerySelectorAll("script, img, iframe, link, a, object"));
        }
    }

    /// <summary>The text of an element without what the renderer adds (speaker labels, figure tags, fixes).</summary>
    internal static string Verbatim(IElement element)
    {
        var copy = (IElement)element.Clone(deep: true);
        foreach (var added in copy.QuerySelectorAll(".kzds-who, .kzds-tag, .kzds-fix").ToList()) added.Remove();
        return copy.TextContent;
    }
}
