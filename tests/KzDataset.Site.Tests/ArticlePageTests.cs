using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace KzDataset.Site.Tests;

/// <summary>An article page of the bundled corpus: a quote with its speaker, a figure's tooltip, the excluded spans.</summary>
public sealed class ArticlePageTests(SiteFixture site)
{
    // A real quote of the corpus; the expected speaker comes from the runtime, not from the page.
    private static readonly Quote MaratQuote = Quotes.NytTokayevEmbracesRussia.CededSovereignty;

    private static string ArticlePath(Article article) => $"articles/{article.Id}.html";

    [Fact]
    public async Task A_highlighted_quote_names_its_speaker()
    {
        await using var page = await site.NewPageAsync();
        await page.GotoAsync(site.CorpusSite, ArticlePath(MaratQuote.Article));
        await page.AssertCleanLoadAsync();
        await Artifacts.ScreenshotAsync(page.Page, "article");

        var quote = QuoteSpan(page.Page, MaratQuote);
        Assert.Equal(1, await quote.CountAsync());
        await Assertions.Expect(quote).ToBeVisibleAsync();
        Assert.Equal(MaratQuote.Speaker.Id, await quote.GetAttributeAsync("data-speaker"));
        Assert.Equal(MaratQuote.Speaker.Name, await quote.GetAttributeAsync("data-speaker-name"));
        // The visible label, first inside the quote, and the quoted words after it.
        var label = quote.Locator(".kz-speaker").First;
        await Assertions.Expect(label).ToBeVisibleAsync();
        Assert.Equal(MaratQuote.Speaker.Name, (await label.InnerTextAsync()).Trim());
        Assert.True(await label.EvaluateAsync<bool>("l => l.parentElement.firstElementChild === l"), "the speaker label is not the quote's first element");
        // The quote's own words are the verbatim text: without the label, a correction's inserted words and
        // tooltips (a correction keeps the original in the flow, so this quote reads "its own power").
        var words = await quote.EvaluateAsync<string>("""
            q => { const c = q.cloneNode(true); c.querySelectorAll('.kz-speaker, ins, .kz-tip').forEach(e => e.remove());
                   return c.textContent; }
            """);
        Assert.Equal(Collapse(MaratQuote.Text), Collapse(words));
        // Coloured by speaker, with the speaker in the legend.
        Assert.Matches(@"(^|\s)kz-c[0-7](\s|$)", await quote.GetAttributeAsync("class"));
        Assert.Contains(MaratQuote.Speaker.Name, await page.Page.Locator("ul.kz-legend").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_figure_shows_its_value_on_keyboard_focus()
    {
        // A figure of the same article whose value prints the same in any notation (a whole number below 1,000).
        var figure = MaratQuote.Article.Figures.First(f => f.Value is { } v && v == Math.Truncate(v) && v < 1000);
        var value = figure.Value!.Value.ToString("0", CultureInfo.InvariantCulture);
        await using var page = await site.NewPageAsync();
        await page.GotoAsync(site.CorpusSite, ArticlePath(MaratQuote.Article));

        var span = page.Page.Locator($".kz-text .kz-figure[data-figure=\"{figure.LocalId}\"], .kz-text .kz-figure[data-figure=\"{figure.Id}\"]");
        Assert.Equal(1, await span.CountAsync());
        var tipId = await span.GetAttributeAsync("aria-describedby");
        Assert.NotNull(tipId);
        var tip = span.Locator($"[id=\"{tipId}\"]");
        Assert.Equal("tooltip", await tip.GetAttributeAsync("role"));
        await Assertions.Expect(tip).ToBeHiddenAsync();

        // Keyboard focus: Tab from the element just before the figure in the tab order.
        await page.Page.EvaluateAsync("el => { el.setAttribute('data-kz-target', ''); }", await span.ElementHandleAsync());
        await TabToAsync(page.Page, "[data-kz-target]");

        await Assertions.Expect(tip).ToBeVisibleAsync();
        var text = await tip.InnerTextAsync();
        Assert.Matches($@"(^|\D){value}(\D|$)", text);
        // What a reader sees around the focused figure: the picture of an article page in the docs.
        await Artifacts.ScreenshotAsync(page.Page, "article-figure-focus", fullPage: false);
    }

    [Fact]
    public async Task The_toggle_hides_the_excluded_spans_and_shows_them_again()
    {
        var article = MaratQuote.Article;
        Assert.NotEmpty(article.Excluded);
        await using var page = await site.NewPageAsync();
        await page.GotoAsync(site.CorpusSite, ArticlePath(article));

        var excluded = page.Page.Locator(".kz-text .kz-excluded");
        Assert.Equal(article.Excluded.Count, await excluded.CountAsync());
        var first = excluded.First;
        Assert.Equal(article.Excluded[0].Text, await first.TextContentAsync());
        var toggle = page.Page.Locator("button#toggle-excluded");
        await Assertions.Expect(first).ToBeVisibleAsync();
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));

        await toggle.ClickAsync();
        await Assertions.Expect(first).ToBeHiddenAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));
        Assert.Contains("hide-excluded", await page.Page.Locator("body").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        // The article's own words stay.
        await Assertions.Expect(QuoteSpan(page.Page, MaratQuote)).ToBeVisibleAsync();

        await toggle.ClickAsync();
        await Assertions.Expect(first).ToBeVisibleAsync();
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));
        await page.AssertCleanLoadAsync();
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    internal static ILocator QuoteSpan(IPage page, Quote quote) =>
        page.Locator($".kz-text .kz-quote[data-quote=\"{quote.LocalId}\"], .kz-text .kz-quote[data-quote=\"{quote.Id}\"]");

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has focus (bounded).</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        // Start from the element before the target so only a few presses are needed.
        await page.EvaluateAsync("""
            sel => {
              const target = document.querySelector(sel);
              const focusable = [...document.querySelectorAll('a[href], button, input, [tabindex]:not([tabindex="-1"])')];
              const i = focusable.indexOf(target);
              if (i > 0) focusable[i - 1].focus(); else document.activeElement?.blur();
            }
            """, selector);
        for (var presses = 0; presses < 5; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("sel => document.activeElement === document.querySelector(sel)", selector))
            {
                return;
            }
        }
        Assert.Fail("Tab never reached " + selector);
    }
}
