using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace KzDataset.Site.Tests;

/// <summary>The index of the bundled corpus: every article listed, sorting by a column, a link to an article.</summary>
public sealed class IndexPageTests(SiteFixture site)
{
    [Fact]
    public async Task Sorting_by_quotes_orders_the_rows_by_each_articles_quote_count_both_ways()
    {
        await using var page = await site.NewPageAsync();
        await page.GotoAsync(site.CorpusSite, "index.html");
        await page.AssertCleanLoadAsync();
        await Artifacts.ScreenshotAsync(page.Page, "index");

        var header = page.Page.Locator("#articles thead th:has(button[data-sort=\"quotes\"])");
        await header.Locator("button").ClickAsync();
        var first = await header.GetAttributeAsync("aria-sort");
        Assert.True(first is "ascending" or "descending", "aria-sort after one click: " + first);
        await AssertSortedAsync(page, header, first);

        await header.Locator("button").ClickAsync();
        var second = await header.GetAttributeAsync("aria-sort");
        Assert.Equal(first == "ascending" ? "descending" : "ascending", second);
        await AssertSortedAsync(page, header, second!);

        // Only the sorted column says it is sorted.
        var sortedHeaders = await page.Page.Locator("#articles thead th[aria-sort=\"ascending\"], #articles thead th[aria-sort=\"descending\"]").CountAsync();
        Assert.Equal(1, sortedHeaders);
    }

    [Fact]
    public async Task An_articles_title_links_to_its_page()
    {
        var article = Quotes.NytTokayevEmbracesRussia.CededSovereignty.Article;
        await using var page = await site.NewPageAsync();
        await page.GotoAsync(site.CorpusSite, "index.html");

        await page.Page.Locator($"#articles tr[data-article=\"{article.Id}\"] a[href=\"articles/{article.Id}.html\"]").ClickAsync();
        await page.Page.WaitForURLAsync($"**/articles/{article.Id}.html");

        Assert.Contains(article.Title!, await page.Page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await page.AssertCleanLoadAsync();
    }

    [Fact]
    public async Task Every_page_has_the_site_nav()
    {
        await using var page = await site.NewPageAsync();
        foreach (var path in new[] { "index.html", "people.html", "figures.html", "search.html", $"articles/{Articles.All[0].Id}.html" })
        {
            await page.GotoAsync(site.CorpusSite, path);
            var prefix = path.Contains('/', StringComparison.Ordinal) ? "../" : "";
            var hrefs = await page.Page.Locator("nav[aria-label=\"Site\"] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            foreach (var target in new[] { "index.html", "people.html", "figures.html", "search.html" })
            {
                Assert.Contains(prefix + target, hrefs);
            }
            await page.AssertCleanLoadAsync();
        }
    }

    /// <summary>Each row's quote count is its article's, and the rows are in that order.</summary>
    private static async Task AssertSortedAsync(SitePage page, Microsoft.Playwright.ILocator header, string direction)
    {
        var column = await header.EvaluateAsync<int>("th => th.cellIndex");
        var rows = await page.Page.EvaluateAsync<JsonElement>(
            "i => [...document.querySelectorAll('#articles tbody tr[data-article]')].map(r => [r.dataset.article, r.cells[i].textContent])", column);
        var read = rows.EnumerateArray()
            .Select(r => (Id: r[0].GetString()!, Count: int.Parse(r[1].GetString()!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture)))
            .ToList();

        Assert.Equal(Articles.All.Select(a => a.Id).Order(StringComparer.Ordinal), read.Select(r => r.Id).Order(StringComparer.Ordinal));
        foreach (var (id, count) in read)
        {
            Assert.Equal(Articles.All.Single(a => a.Id == id).Quotes.Count, count);
        }
        var counts = read.Select(r => r.Count).ToList();
        var expected = direction == "ascending" ? counts.Order().ToList() : counts.OrderDescending().ToList();
        Assert.Equal(expected, counts);
    }
}
