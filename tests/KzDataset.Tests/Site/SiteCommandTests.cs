using System;
using System.IO;
using System.Linq;
using AngleSharp.Dom;
using KzDataset.Rendering;
using Xunit;

namespace KzDataset.Tests.Site;

/// <summary><c>kz site</c> on the bundled corpus, read back with an HTML parser against the site's DOM contract.</summary>
public sealed class SiteCommandTests : IDisposable
{
    private readonly SiteOutput _site = SiteOutput.Build();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void It_writes_the_site_and_says_so_in_one_line()
    {
        Assert.True(_site.ExitCode == 0, _site.Error);
        Assert.Equal("", _site.Error);
        Assert.StartsWith($"kz site: {5 + 4 + KzCorpus.Instance.People.Count} pages written to ", _site.Output);
        Assert.EndsWith("; 0 errors and 0 warnings shown" + Environment.NewLine, _site.Output);
        foreach (var file in new[] { "index.html", "people.html", "figures.html", "search.html", "search-index.js", "site.css", "site.js" })
        {
            Assert.Contains(file, _site.Files);
        }
    }

    [Fact]
    public void The_index_lists_every_article_with_sortable_headers()
    {
        var index = _site.Page("index.html");
        var table = index.QuerySelector("table#articles")!;
        Assert.Equal(["title", "outlet", "date", "format", "quotes", "figures", "diagnostics"],
            table.QuerySelectorAll("thead th button[type=button][data-sort]").Select(b => b.GetAttribute("data-sort")));
        var sorted = table.QuerySelectorAll("th[aria-sort]").Single();
        Assert.Equal(("date", "ascending"), (sorted.QuerySelector("button")!.GetAttribute("data-sort"), sorted.GetAttribute("aria-sort")));
        foreach (var article in Articles.All)
        {
            var row = table.QuerySelector($"tr[data-article='{article.Id}']")!;
            Assert.Equal($"articles/{article.Id}.html", row.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal("0", row.QuerySelector("td[data-diagnostics]")!.GetAttribute("data-diagnostics"));
            var date = row.Children[2].TextContent;
            Assert.StartsWith($"{article.Published} ({VocabularyWords.Of(article.Published.Precision)})", date);
            Assert.Equal(article.Published.Inferred, date.EndsWith("inferred", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_page_has_the_policy_the_nav_and_one_main()
    {
        Assert.Equal(4 + Articles.All.Count + KzCorpus.Instance.People.Count, _site.Pages.Count());
        foreach (var page in _site.Pages)
        {
            var document = _site.Page(page);
            Assert.Equal(SiteOutput.Csp, document.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content"));
            Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
            var nav = document.QuerySelector("nav[aria-label=Site]")!;
            var root = page.Contains('/', StringComparison.Ordinal) ? "../" : "";
            Assert.Equal(new[] { "index.html", "people.html", "figures.html", "search.html" }.Select(p => root + p),
                nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
            Assert.Single(document.QuerySelectorAll("main"));
            Assert.Single(document.QuerySelectorAll("h1"));
            Assert.Equal("#main", document.QuerySelector("a.skip")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void A_quote_is_marked_with_its_speaker_and_colour()
    {
        var quote = Quotes.NytTokayevEmbracesRussia.CededSovereignty;
        var page = _site.Page($"articles/{quote.Article.Id}.html");

        var span = page.GetElementById("q-" + quote.LocalId)!;
        Assert.Equal("kz-quote", span.ClassList[0]);
        Assert.Equal(quote.LocalId, span.GetAttribute("data-quote"));
        Assert.Equal(quote.Speaker.Id, span.GetAttribute("data-speaker"));
        Assert.Equal(quote.Speaker.Name, span.GetAttribute("data-speaker-name"));
        Assert.Equal(quote.Speaker.Name, span.FirstElementChild!.TextContent);
        Assert.Equal("kz-speaker", span.FirstElementChild.ClassName);
        var colour = span.ClassList.Single(c => c.StartsWith("kz-c", StringComparison.Ordinal));
        var legend = page.QuerySelectorAll("ul.kz-legend li").Single(li => li.TextContent.Trim() == quote.Speaker.Name);
        Assert.Contains(colour, legend.QuerySelector(".kz-swatch")!.ClassList);
    }

    [Fact]
    public void A_figure_is_focusable_and_described_by_its_tip()
    {
        var figure = Figures.ByMeasure(Measures.TroopsDeployed).First(f => f.Value == 2500);
        var page = _site.Page($"articles/{figure.Article.Id}.html");

        var span = page.QuerySelector($"span.kz-figure[data-figure='{figure.LocalId}']")!;
        Assert.Equal("0", span.GetAttribute("tabindex"));
        Assert.Equal("tip-" + figure.LocalId, span.GetAttribute("aria-describedby"));
        var tip = span.QuerySelector($"#tip-{figure.LocalId}")!;
        Assert.Equal("tooltip", tip.GetAttribute("role"));
        Assert.Equal($"{figure.ValueText} {figure.Unit.Name} · {VocabularyWords.Of(figure.Qualifier)} · {figure.Measure.Name}", tip.TextContent);
        Assert.StartsWith("2500 ", tip.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HtmlRendererTests.ArticleIds), MemberType = typeof(HtmlRendererTests))]
    public void An_article_page_shows_its_text_verbatim_with_every_mark(string id)
    {
        var article = KzCorpus.Instance.Article(id);
        var page = _site.Page($"articles/{id}.html");
        var text = page.QuerySelector("main div.kz-text#text")!;

        Assert.Equal(article.Quotes.Count, text.QuerySelectorAll(".kz-quote > .kz-speaker").Length);
        Assert.Equal(article.Figures.Count, text.QuerySelectorAll(".kz-figure > .kz-tip[role=tooltip]").Length);
        Assert.Equal(article.Turns.Count, text.QuerySelectorAll(".kz-turn > .kz-turn-label").Length);
        Assert.Equal(article.Corrections.OrderBy(c => c.Span.End).Select(c => c.Correct), text.QuerySelectorAll(".kz-correction > ins").Select(e => e.TextContent));
        Assert.Equal(article.Excluded.Sum(e => e.Span.Length), text.QuerySelectorAll(".kz-excluded").Sum(e => Verbatim(e).Length));
        Assert.All(text.QuerySelectorAll(".kz-excluded"), e => Assert.False(string.IsNullOrEmpty(e.GetAttribute("data-reason"))));
        Assert.Equal(article.OutletCues.Concat(article.Published.Cues).Sum(c => c.Length),
            text.QuerySelectorAll("mark.kz-cue").Sum(e => Verbatim(e).Length));
        Assert.Equal(article.RawText, Verbatim(text));
        if (article.Excluded.Count > 0)
        {
            var toggle = page.QuerySelector("button#toggle-excluded[type=button]")!;
            Assert.Equal("false", toggle.GetAttribute("aria-pressed"));
        }
        Assert.Empty(page.QuerySelectorAll("li.kz-diagnostic"));
    }

    [Fact]
    public void The_evidence_shows_the_recorded_cues_or_says_there_are_none()
    {
        foreach (var article in Articles.All)
        {
            var evidence = _site.Page($"articles/{article.Id}.html").QuerySelector("section#evidence")!;
            var text = evidence.TextContent;
            Assert.Contains(article.Outlet.Name, text, StringComparison.Ordinal);
            Assert.Equal(article.OutletCues.Count == 0, text.Contains("No cue was recorded for the outlet", StringComparison.Ordinal));
            Assert.Equal(article.Published.Cues.Count == 0, text.Contains("No cue was recorded for the date", StringComparison.Ordinal));
            if (article.Published.Note is { } note) Assert.Contains(note, text, StringComparison.Ordinal);
            Assert.Equal(article.OutletCues.Concat(article.Published.Cues).Select(c => c.Text), evidence.QuerySelectorAll("mark").Select(m => m.TextContent));
        }
    }

    [Fact]
    public void Every_link_resolves_to_a_written_file_and_every_fragment_to_an_element()
    {
        var links = 0;
        foreach (var page in _site.Pages)
        {
            var document = _site.Page(page);
            var folder = Path.GetDirectoryName(Path.Combine(_site.Folder, page))!;
            foreach (var reference in document.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                links++;
                Assert.DoesNotContain("://", reference, StringComparison.Ordinal);
                var parts = reference.Split('#', 2);
                var target = parts[0].Length == 0 ? Path.Combine(_site.Folder, page) : Path.GetFullPath(Path.Combine(folder, parts[0]));
                Assert.True(File.Exists(target), $"{page} links to {reference}, which was not written");
                Assert.StartsWith(Path.GetFullPath(_site.Folder), target, StringComparison.Ordinal);
                if (parts.Length == 2 && target.EndsWith(".html", StringComparison.Ordinal))
                {
                    var linked = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(target));
                    Assert.True(linked.GetElementById(Uri.UnescapeDataString(parts[1])) is not null, $"{page} links to {reference}, which has no such element");
                }
            }
        }
        Assert.True(links > 400, links + " links");
    }

    [Fact]
    public void People_pages_list_each_persons_quotes_across_articles()
    {
        var marat = Experts.EricaMarat;
        var page = _site.Page($"people/{marat.Id}.html");
        Assert.Equal(marat.Name, page.QuerySelector("h1")!.TextContent);
        var items = page.QuerySelectorAll("li.kz-person-quote");
        Assert.Equal(marat.Quotes.Count, items.Length);
        Assert.Equal(marat.Quotes.Select(q => $"../articles/{q.Article.Id}.html#q-{q.LocalId}"), items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(KzCorpus.Instance.People.Count, _site.Page("people.html").QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void The_figures_page_groups_by_measure_and_names_a_disagreement()
    {
        var page = _site.Page("figures.html");
        var groups = page.QuerySelectorAll("section.kz-measure");
        Assert.Equal(Figures.All.Select(f => f.Measure.Id).Distinct().Order(StringComparer.Ordinal), groups.Select(g => g.GetAttribute("data-measure")));
        var troops = groups.Single(g => g.GetAttribute("data-measure") == Measures.TroopsDeployed.Id);
        Assert.Contains("kz-disagree", troops.ClassList);
        Assert.Contains("Sources disagree", troops.TextContent, StringComparison.Ordinal);
        Assert.Equal(Figures.ByMeasure(Measures.TroopsDeployed).Count, troops.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void The_search_index_holds_every_quote_as_a_script_the_search_page_loads()
    {
        var script = _site.Read("search-index.js");
        const string prefix = "window.kzSearchIndex = ";
        Assert.StartsWith(prefix, script);
        using var json = System.Text.Json.JsonDocument.Parse(script[prefix.Length..].TrimEnd().TrimEnd(';'));
        Assert.Equal(Quotes.All.Count, json.RootElement.GetArrayLength());
        var ceded = Quotes.NytTokayevEmbracesRussia.CededSovereignty;
        Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("text").GetString() == ceded.Text
            && e.GetProperty("speaker").GetString() == ceded.Speaker.Name
            && e.GetProperty("href").GetString() == $"articles/{ceded.Article.Id}.html#q-{ceded.LocalId}");

        var search = _site.Page("search.html");
        Assert.Equal("search", search.QuerySelector("input#search")!.GetAttribute("type"));
        Assert.NotNull(search.QuerySelector("ol#search-results"));
        Assert.Equal(["search-index.js", "site.js"], search.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
    }

    [Fact]
    public void Two_runs_write_byte_identical_files()
    {
        using var again = SiteOutput.Build();
        Assert.Equal(_site.Files, again.Files);
        foreach (var file in _site.Files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(_site.Folder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again.Folder, file))), file + " differs");
        }
    }

    /// <summary>The text an element holds once the labels the site adds (speakers, turns, tips, correct words) are taken out.</summary>
    internal static string Verbatim(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var added in copy.QuerySelectorAll(".kz-speaker, .kz-turn-label, .kz-tip, .kz-correction > ins").ToList())
        {
            // A correction's correct words follow one added space.
            if (added.LocalName == "ins" && added.PreviousSibling is IText space) space.Remove();
            added.Remove();
        }
        return copy.TextContent;
    }
}
