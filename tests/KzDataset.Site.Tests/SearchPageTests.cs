using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace KzDataset.Site.Tests;

/// <summary>The search page: typing a word lists the quotes that hold it, the word marked in each.</summary>
public sealed class SearchPageTests(SiteFixture site)
{
    [Fact]
    public async Task Typing_a_word_lists_every_quote_that_holds_it_with_the_hit_marked()
    {
        const string Word = "sovereignty";
        var expected = Quotes.All.Where(q => q.Text.Contains(Word, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Contains(Quotes.NytTokayevEmbracesRussia.CededSovereignty, expected);
        await using var page = await site.NewPageAsync();
        await page.GotoAsync(site.CorpusSite, "search.html");

        var results = page.Page.Locator("ol#search-results li.kz-result");
        Assert.Equal(0, await results.CountAsync());
        await page.Page.Locator("input#search[type=\"search\"]").PressSequentiallyAsync(Word);

        await Assertions.Expect(results).ToHaveCountAsync(expected.Count);
        var texts = await results.AllInnerTextsAsync();
        foreach (var quote in expected)
        {
            Assert.Contains(texts, t => t.Contains(quote.Speaker.Name, StringComparison.Ordinal));
        }
        for (var i = 0; i < expected.Count; i++)
        {
            var marks = await results.Nth(i).Locator("mark").AllInnerTextsAsync();
            Assert.Contains(marks, m => string.Equals(m, Word, StringComparison.OrdinalIgnoreCase));
            Assert.True(await results.Nth(i).Locator("a[href]").CountAsync() > 0, "a result without a link");
        }
        await page.AssertCleanLoadAsync();
        await Artifacts.ScreenshotAsync(page.Page, "search");
    }

    [Fact]
    public async Task A_result_links_to_its_quote_in_the_article()
    {
        var quote = Quotes.NytTokayevEmbracesRussia.CededSovereignty;
        await using var page = await site.NewPageAsync();
        await page.GotoAsync(site.CorpusSite, "search.html");
        await page.Page.Locator("input#search").PressSequentiallyAsync("ceded the sovereignty");

        var result = page.Page.Locator("ol#search-results li.kz-result", new() { HasText = quote.Speaker.Name });
        await Assertions.Expect(result).ToHaveCountAsync(1);
        // A reader clicks the quote's words (the marked hit) in the result.
        await result.Locator("a[href*=\"articles/\"] mark").First.ClickAsync();
        await page.Page.WaitForURLAsync(url => url.Contains($"/articles/{quote.Article.Id}.html", StringComparison.Ordinal));

        await Assertions.Expect(ArticlePageTests.QuoteSpan(page.Page, quote)).ToBeVisibleAsync();
    }
}
