using System.Linq;
using KzDataset.Rendering;
using Xunit;

namespace KzDataset.Tests;

/// <summary>The one writer of an annotated text, in the site's markup: crossing marks, split marks' ids, marks of any kind.</summary>
public sealed class AnnotatedTextTests
{
    private const string Text = "He said the bridge is open to 120 cars today.";

    [Fact]
    public void Crossing_marks_stay_well_nested_and_a_split_mark_keeps_one_id()
    {
        // A quote "the bridge is open to 120" crossed by a correction "open to 120 cars" and a diagnostic on "120 cars today".
        var quote = new TextMark(TextMarkKind.Quote, 8, 33) { Id = "q1", Label = "Jane <b>Doe</b>", Category = "jane-doe", Color = 3 };
        var correction = new TextMark(TextMarkKind.Correction, 22, 38) { Id = "c1", Label = "open to 120 trucks" };
        var diagnostic = new TextMark(TextMarkKind.Diagnostic, 30, 44) { Id = "diag-1", Label = "KZ0300", Category = "warning", Detail = "KZ0300: <script>" };

        var html = HtmlRenderer.RenderText(new AnnotatedText(Text, [quote, correction, diagnostic]), AnnotatedTextOptions.Site);
        var document = HtmlRendererTests.Parse(html);

        var root = document.QuerySelector("div.kz-text#text")!;
        Assert.Equal(Text, Site.SiteCommandTests.Verbatim(root));
        Assert.Single(document.QuerySelectorAll("#q-q1"));
        Assert.Single(document.QuerySelectorAll("#diag-1"));
        Assert.Single(document.QuerySelectorAll(".kz-speaker"));
        Assert.Equal("Jane <b>Doe</b>", document.QuerySelector(".kz-speaker")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.Equal(["open to 120 trucks"], document.QuerySelectorAll(".kz-correction > ins").Select(e => e.TextContent));
        // The correction is cut where the quote it starts in ends: two pieces, the correct words after the last.
        Assert.Equal(2, document.QuerySelectorAll("span.kz-correction").Length);
        Assert.Null(document.QuerySelectorAll("span.kz-correction")[0].QuerySelector("ins"));
        // The diagnostic crosses both ends: three pieces, one of them with the id.
        Assert.Equal(3, document.QuerySelectorAll("mark.kz-diag[data-code=KZ0300]").Length);
        Assert.Single(document.QuerySelectorAll("span.kz-quote.kz-c3[data-quote=q1][data-speaker=jane-doe]"));
        Assert.Equal("KZ0300: <script>", document.QuerySelector("mark.kz-diag.kz-warning")!.GetAttribute("title"));
        Assert.Equal("the bridge is open to 120", string.Concat(document.QuerySelectorAll("span.kz-quote").Select(Site.SiteCommandTests.Verbatim)));
    }

    [Fact]
    public void Marks_outside_the_text_are_clipped_and_empty_ones_dropped()
    {
        var text = new AnnotatedText("abc", [new TextMark(TextMarkKind.Cue, -5, 2) { Category = "date" }, new TextMark(TextMarkKind.Excluded, 2, 2), new TextMark(TextMarkKind.Cue, 2, 99) { Category = "outlet" }]);

        Assert.Equal([(0, 2), (2, 3)], text.Marks.Select(m => (m.Start, m.End)));
    }

    [Fact]
    public void The_notebook_markup_shows_its_four_kinds_only()
    {
        var article = KzCorpus.Instance.Article(Articles.LexpressLevystonePutinProblematic.Id);

        var html = HtmlRenderer.RenderText(AnnotatedText.From(article), AnnotatedTextOptions.Notebook);

        Assert.StartsWith("<div class=\"kzds-text\">", html, System.StringComparison.Ordinal);
        Assert.DoesNotContain("kz-turn", html, System.StringComparison.Ordinal);
        Assert.DoesNotContain("kz-cue", html, System.StringComparison.Ordinal);
        Assert.Equal(article.Quotes.Count, HtmlRendererTests.Parse(html).QuerySelectorAll(".kzds-who").Length);
    }
}
