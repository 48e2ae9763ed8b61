using System;
using System.IO;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace KzDataset.Site.Tests;

/// <summary>A site built from seeds full of markup: every page shows it as characters and runs none of it.</summary>
public sealed class HostilePageTests(SiteFixture site)
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("articles/" + HostileSiteSeeds.ArticleId + ".html")]
    [InlineData("people.html")]
    [InlineData("people/" + HostileSiteSeeds.PersonId + ".html")]
    [InlineData("figures.html")]
    [InlineData("search.html")]
    public async Task Nothing_of_the_seeds_runs_and_the_site_files_load(string path)
    {
        await using var page = await site.NewPageAsync();
        await page.GotoAsync(site.HostileSite, path);
        if (path == "search.html")
        {
            // The search builds results from the index at run time: they must stay text too.
            await page.Page.Locator("input#search").PressSequentiallyAsync("bridge");
            await Assertions.Expect(page.Page.Locator("ol#search-results li.kz-result").First).ToBeVisibleAsync();
        }
        // Give a handler that would run (an image error) the time to.
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(await page.Page.EvaluateAsync<bool>($"() => window.{HostileSiteSeeds.Global} === undefined"), "a hostile script ran");
        // Nor did anything retitle the page: its title is still the one in the file.
        var written = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(site.HostileSite, path)), "<title>(.*?)</title>").Groups[1].Value;
        Assert.Equal(WebUtility.HtmlDecode(written), await page.Page.TitleAsync());
        // No element came from the seeds: the only scripts are the site's, no image, frame, svg or b.
        var scripts = await page.Page.Locator("script").EvaluateAllAsync<string[]>("s => s.map(e => e.getAttribute('src') || 'inline')");
        Assert.All(scripts, src => Assert.Matches(@"^(\.\./)?(site|search-index)\.js$", src));
        Assert.Equal(0, await page.Page.Locator("main img, main iframe, main svg, main b, main style").CountAsync());
        // And no violation at all: a refused site file, or markup the policy had to stop.
        await page.AssertCleanLoadAsync();
    }

    [Fact]
    public async Task The_hostile_characters_are_visible_as_text()
    {
        await using var page = await site.NewPageAsync();
        await page.GotoAsync(site.HostileSite, "articles/" + HostileSiteSeeds.ArticleId + ".html");

        var text = await page.Page.Locator("#text").InnerTextAsync();
        Assert.Contains(HostileSiteSeeds.Script, text, StringComparison.Ordinal);
        Assert.Contains(HostileSiteSeeds.Image, text, StringComparison.Ordinal);
        Assert.Contains("<b>is</b>", text, StringComparison.Ordinal);
        await Artifacts.ScreenshotAsync(page.Page, "article-hostile");
    }
}
