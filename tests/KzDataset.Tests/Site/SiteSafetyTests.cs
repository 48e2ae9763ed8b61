using System;
using System.IO;
using System.Linq;
using Xunit;

namespace KzDataset.Tests.Site;

/// <summary>
/// A seeds folder whose text, title, notes, names and ids hold markup: the site shows the characters
/// and runs nothing (no script element but the site's own, no event-handler attribute, no element the
/// seeds wrote, the policy on every page).
/// </summary>
public sealed class SiteSafetyTests : IDisposable
{
    private readonly string _seeds = Path.Combine(Path.GetTempPath(), "kz-hostile-site-" + Guid.NewGuid().ToString("N"));

    private readonly SiteOutput _site;

    public SiteSafetyTests()
    {
        HostileSeeds.WriteTo(_seeds);
        _site = SiteOutput.Build(_seeds);
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_seeds, recursive: true);
    }

    [Fact]
    public void No_page_holds_a_script_a_handler_or_an_element_from_the_seeds()
    {
        Assert.Equal(0, _site.ExitCode);
        foreach (var page in _site.Pages)
        {
            var document = _site.Page(page);
            var root = page.Contains('/', StringComparison.Ordinal) ? "../" : "";
            Assert.All(document.QuerySelectorAll("script"), s =>
                Assert.Contains(s.GetAttribute("src"), new[] { root + "site.js", root + "search-index.js" }));
            Assert.Empty(document.QuerySelectorAll("img, iframe, svg, style, b, object, embed, base, form[action]"));
            Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(document.All, e => e.HasAttribute("style"));
            Assert.DoesNotContain(document.QuerySelectorAll("[href]"), e => e.GetAttribute("href")!.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(SiteOutput.Csp, document.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content"));
        }
    }

    [Fact]
    public void The_markup_shows_as_the_characters_it_is()
    {
        var page = _site.Page("articles/hostile-article.html");
        Assert.Equal(HostileSeeds.Text, SiteCommandTests.Verbatim(page.QuerySelector("div.kz-text")!));
        Assert.Contains(HostileSeeds.Script, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<svg onload=alert()>", page.QuerySelector("#evidence")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".kz-speaker"), e => e.TextContent == "Jane Doe <script>name()</script>");
        Assert.Contains(page.QuerySelectorAll(".kz-correction ins"), e => e.TextContent == "<script>corrected()</script>");
        Assert.Contains("</style>", page.QuerySelector(".kz-correction")!.GetAttribute("title"), StringComparison.Ordinal);
        var search = _site.Read("search-index.js");
        Assert.DoesNotContain("<", search, StringComparison.Ordinal);
        Assert.DoesNotContain(">", search, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jane-doe", "jane-doe")]
    [InlineData("../../etc/passwd", null)]
    [InlineData("<script>", null)]
    [InlineData("Upper", null)]
    [InlineData("con", null)]
    [InlineData("", null)]
    public void Ids_become_safe_file_names(string id, string? same)
    {
        var name = KzDataset.Cli.Site.SiteNames.Safe(id);
        if (same is not null) Assert.Equal(same, name);
        else Assert.Matches("^id-[0-9a-f]{16}$", name);
    }
}
