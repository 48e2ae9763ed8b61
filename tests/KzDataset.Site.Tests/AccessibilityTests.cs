using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit;

namespace KzDataset.Site.Tests;

/// <summary>
/// axe-core on the pages a reader uses (index, an article, a person, figures, search with results): no
/// violation of impact serious or critical. The full results go beside the screenshots as JSON.
/// </summary>
public sealed class AccessibilityTests(SiteFixture site)
{
    private static readonly string[] Blocking = ["serious", "critical"];

    [Fact]
    public async Task The_sites_pages_have_no_serious_or_critical_axe_violations()
    {
        var quote = Quotes.NytTokayevEmbracesRussia.CededSovereignty;
        var pages = new (string Name, string Path)[]
        {
            ("index", "index.html"),
            ("article", $"articles/{quote.Article.Id}.html"),
            ("person", $"people/{quote.Speaker.Id}.html"),
            ("people", "people.html"),
            ("figures", "figures.html"),
            ("search", "search.html"),
        };
        var report = new List<object>();
        var blocking = new List<string>();
        await using var page = await site.NewPageAsync();
        foreach (var (name, path) in pages)
        {
            await page.GotoAsync(site.CorpusSite, path);
            if (name == "search")
            {
                // Scan the page with results in it, the state a reader sees.
                await page.Page.Locator("input#search").PressSequentiallyAsync("sovereignty");
                await page.Page.Locator("ol#search-results li.kz-result").First.WaitForAsync();
            }
            var result = await page.Page.RunAxe();
            report.Add(new
            {
                page = path,
                violations = Summaries(result.Violations),
                incomplete = Summaries(result.Incomplete),
                passes = result.Passes.Length,
                inapplicable = result.Inapplicable.Length,
            });
            blocking.AddRange(result.Violations
                .Where(v => Blocking.Contains(v.Impact, StringComparer.Ordinal))
                .Select(v => $"{path}: {v.Id} ({v.Impact}, {v.Nodes.Length} node(s)): {v.Help}; e.g. {v.Nodes.FirstOrDefault()?.Html}"));
        }

        Artifacts.WriteText("axe-results.json", JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.True(blocking.Count == 0, "axe violations of impact serious or critical:\n" + string.Join("\n", blocking));
    }

    private static object[] Summaries(AxeResultItem[] items) =>
        [.. items.Select(v => new { id = v.Id, impact = v.Impact, nodes = v.Nodes.Length, help = v.Help, targets = v.Nodes.Take(5).Select(n => n.Html).ToArray() })];
}
