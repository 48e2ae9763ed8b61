using System;
using System.IO;
using System.Linq;
using AngleSharp.Dom;
using KzDataset.Cli.Seeds;
using KzDataset.Rendering;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// Seed text with markup in it (text, title, notes, names, a correction) renders as the characters
/// it holds: the parsed fragment has no script, no element the seeds wrote, no event-handler attribute.
/// </summary>
public sealed class RenderingEscapeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kz-hostile-" + Guid.NewGuid().ToString("N"));

    private readonly Corpus _corpus;

    public RenderingEscapeTests()
    {
        HostileSeeds.WriteTo(_folder);
        _corpus = SeedFolder.Open(_folder).Load();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Article Article => _corpus.Article("hostile-article");

    [Fact]
    public void The_corpus_really_holds_the_markup()
    {
        Assert.Contains(HostileSeeds.Script, Article.Title);
        Assert.Contains("<script>", Article.People[0].Name);
        Assert.Equal(HostileSeeds.Image, Article.Quotes[1].Note);
        Assert.Equal("<script>corrected()</script>", Article.Corrections[0].Correct);
    }

    [Fact]
    public void An_article_shows_markup_as_text_and_runs_nothing()
    {
        var document = HtmlRendererTests.Parse(HtmlRenderer.Render(Article));

        AssertInert(document);
        Assert.Equal(HostileSeeds.Text, HtmlRendererTests.Verbatim(document.QuerySelector(".kzds-text")!));
        Assert.Equal(Article.Title, document.QuerySelector(".kzds-title")!.TextContent);
        Assert.Equal("<script>titleNote()</script>", document.QuerySelector(".kzds-title")!.GetAttribute("title"));
        Assert.Contains(document.QuerySelectorAll(".kzds-who"), e => e.TextContent == "Jane Doe <script>name()</script>");
        Assert.Contains(document.QuerySelectorAll(".kzds-fix"), e => e.TextContent == "→ <script>corrected()</script>");
        Assert.Contains(document.QuerySelectorAll("[title]"), e => e.GetAttribute("title") == "excluded: advertisement — <script>excluded()</script>");
        Assert.Contains(document.QuerySelectorAll("[title]"), e => e.GetAttribute("title") == "<a href=javascript:alert()>date</a>");
    }

    [Fact]
    public void Rows_and_tables_show_markup_as_text_and_run_nothing()
    {
        var person = Article.People[0];
        var fragments = new[]
        {
            HtmlRenderer.Render(Article.Quotes), HtmlRenderer.Render(Article.Quotes[1]), HtmlRenderer.Render(Article.Figures),
            HtmlRenderer.Render(Article.Figures[0]), HtmlRenderer.Render(person), HtmlRenderer.Render(_corpus.People),
            HtmlRenderer.Render(Article.Corrections), HtmlRenderer.Render(Article.Corrections[0]), HtmlRenderer.Render(_corpus.Articles),
            HtmlRenderer.Render(Article.Quotes[0].Span),
        };

        foreach (var html in fragments) AssertInert(HtmlRendererTests.Parse(html));

        var cells = HtmlRendererTests.Parse(HtmlRenderer.Render(person)).QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Contains(person.Name, cells);
        Assert.Contains("<iframe src=javascript:alert()>", cells);
        Assert.Contains("<script>personNote()</script>", cells);
        var quoteCells = HtmlRendererTests.Parse(HtmlRenderer.Render(Article.Quotes[1])).QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Contains("The bridge <b>is</b> open", quoteCells);
        Assert.Contains(HostileSeeds.Image, quoteCells);
        Assert.Contains("Gazette <script>outlet()</script>", quoteCells);
    }

    [Fact]
    public void Plain_text_shows_the_characters_on_one_line()
    {
        var line = TextRenderer.Render(Article.Quotes[1]);

        Assert.Contains("text: The bridge <b>is</b> open", line);
        Assert.DoesNotContain('\n', line);
    }

    /// <summary>Only the renderer's own elements, one style element (its own), no event handler, no script URL.</summary>
    private static void AssertInert(IDocument document)
    {
        string[] allowed = ["html", "head", "body", "div", "span", "style", "table", "caption", "tr", "th", "td", "dl", "dt", "dd", "tbody"];
        Assert.All(document.All, e => Assert.Contains(e.LocalName, allowed));
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Single(document.QuerySelectorAll("style"));
        Assert.DoesNotContain("display:none", document.QuerySelector("style")!.TextContent);
        Assert.All(document.All.SelectMany(e => e.Attributes), a =>
        {
            Assert.False(a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler attribute {a.Name}");
            Assert.Contains(a.Name, new[] { "class", "title" });
        });
    }
}
