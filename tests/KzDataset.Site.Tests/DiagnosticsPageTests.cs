using System;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace KzDataset.Site.Tests;

/// <summary>A site built from seeds with a KZ error: the article is listed with its error and the error is marked in its text.</summary>
public sealed class DiagnosticsPageTests(SiteFixture site)
{
    private const string ArticlePath = "articles/" + ErroredSeeds.ArticleId + ".html";

    [Fact]
    public async Task The_index_lists_the_article_with_its_error_count()
    {
        await using var page = await site.NewPageAsync();
        await page.GotoAsync(site.ErroredSite, "index.html");

        var cell = page.Page.Locator($"#articles tr[data-article=\"{ErroredSeeds.ArticleId}\"] td[data-diagnostics]");
        Assert.Equal("1", await cell.GetAttributeAsync("data-diagnostics"));
        await page.AssertCleanLoadAsync();
    }

    [Fact]
    public async Task The_article_lists_the_error_and_marks_its_place_in_the_text()
    {
        await using var page = await site.NewPageAsync();
        await page.GotoAsync(site.ErroredSite, ArticlePath);
        await page.AssertCleanLoadAsync();
        await Artifacts.ScreenshotAsync(page.Page, "article-with-error");

        var item = page.Page.Locator($"section#diagnostics li.kz-diagnostic[data-code=\"{ErroredSeeds.Code}\"]");
        Assert.Equal(1, await item.CountAsync());
        var itemText = await item.InnerTextAsync();
        Assert.Contains(ErroredSeeds.Code, itemText, StringComparison.Ordinal);
        Assert.Contains(ErroredSeeds.SidecarFile, itemText, StringComparison.Ordinal);
        Assert.Matches(@"\d+[:,]\d+", itemText);

        var mark = page.Page.Locator($"#text mark.kz-diag[data-code=\"{ErroredSeeds.Code}\"]");
        Assert.Equal(1, await mark.CountAsync());
        await Assertions.Expect(mark).ToBeVisibleAsync();
        // What a reader sees of it (a figure's tooltip inside stays hidden).
        Assert.Contains(ErroredSeeds.Place, await mark.InnerTextAsync(), StringComparison.Ordinal);

        // The list links to the mark, and following the link lands on it.
        var markId = await mark.GetAttributeAsync("id");
        Assert.NotNull(markId);
        var link = item.Locator($"a[href=\"#{markId}\"]");
        Assert.Equal(1, await link.CountAsync());
        await link.ClickAsync();
        Assert.EndsWith("#" + markId, page.Page.Url, StringComparison.Ordinal);
    }
}
