using System;
using System.IO;
using System.Linq;
using KzDataset.Cli.Site;
using Xunit;

namespace KzDataset.Tests.Site;

/// <summary>
/// <c>kz site</c> as a visual <c>kz check</c>: a seeds folder with errors still gives a site, each
/// diagnostic listed with its file(line,col) and marked at its place in the text; <c>--watch</c>'s rebuild.
/// </summary>
public sealed class SiteDiagnosticsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kz-site-errors-" + Guid.NewGuid().ToString("N"));

    private string Seeds => Path.Combine(_root, "seeds");

    private string Sidecar => Path.Combine(Seeds, "001_example.json");

    public SiteDiagnosticsTests()
    {
        Directory.CreateDirectory(_root);
        var (exitCode, _, error) = CliRunner.Run("init", Seeds);
        Assert.True(exitCode == 0, error);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>An anchor that is not in the text (KZ0100, located in the sidecar; its closest passage is on line 3).</summary>
    private void BreakAnAnchor()
    {
        var json = File.ReadAllText(Sidecar);
        Assert.Contains("\"exact\": \"120 workers built it\"", json, StringComparison.Ordinal);
        File.WriteAllText(Sidecar, json.Replace("\"exact\": \"120 workers built it\"", "\"exact\": \"120 workers built the bridge\"", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_with_errors_renders_with_each_diagnostic_at_its_place()
    {
        BreakAnAnchor();
        File.WriteAllText(Path.Combine(Seeds, "002_orphan.txt"), "A text with no sidecar.\n");
        File.WriteAllText(Path.Combine(Seeds, "003_broken.json"), "{ \"id\": ");
        using var site = SiteOutput.Build(Seeds);

        Assert.Equal(0, site.ExitCode);
        // KZ0100; KZ0011 (a text without a sidecar); KZ0001 and KZ0010 (a broken sidecar without a text).
        Assert.Contains("; 4 errors and 0 warnings shown", site.Output, StringComparison.Ordinal);
        var index = site.Page("index.html");
        Assert.Equal("1", index.QuerySelector("tr[data-article='example-article'] td[data-diagnostics]")!.GetAttribute("data-diagnostics"));
        Assert.Equal("1", index.QuerySelector("tr[data-article='002_orphan'] td[data-diagnostics]")!.GetAttribute("data-diagnostics"));
        Assert.Equal("2", index.QuerySelector("tr[data-article='003_broken'] td[data-diagnostics]")!.GetAttribute("data-diagnostics"));

        var page = site.Page("articles/example-article.html");
        var item = page.QuerySelector("#diagnostics li.kz-diagnostic[data-code=KZ0100]")!;
        Assert.Matches(@"001_example\.json\(\d+,\d+\)", item.QuerySelector(".kz-where")!.TextContent);
        Assert.Contains("120 workers built the bridge", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("#diag-1", item.QuerySelector("a")!.GetAttribute("href"));
        var mark = page.QuerySelector("#text mark.kz-diag#diag-1")!;
        Assert.Equal("KZ0100", mark.GetAttribute("data-code"));
        // The closest passage's line: the anchor nearly matched there.
        var line3 = File.ReadAllText(Path.Combine(Seeds, "001_example.txt")).Split('\n')[2];
        Assert.Equal(line3, SiteCommandTests.Verbatim(mark));
        Assert.Contains("120 workers built it", line3, StringComparison.Ordinal);
        // What still resolved is shown: the other quotes and the figure.
        Assert.Equal(2, page.QuerySelectorAll("#text .kz-quote > .kz-speaker").Length);
        Assert.Single(page.QuerySelectorAll("#text .kz-figure"));

        var orphan = site.Page("articles/" + index.QuerySelector("tr[data-article='002_orphan'] a")!.GetAttribute("href")!["articles/".Length..]);
        Assert.Equal("A text with no sidecar.\n", SiteCommandTests.Verbatim(orphan.QuerySelector("#text")!));
        Assert.NotNull(orphan.QuerySelector("li.kz-diagnostic[data-code=KZ0011]"));
        var broken = site.Page("articles/" + index.QuerySelector("tr[data-article='003_broken'] a")!.GetAttribute("href")!["articles/".Length..]);
        Assert.NotNull(broken.QuerySelector("li.kz-diagnostic[data-code=KZ0001]"));
    }

    [Fact]
    public void A_figure_whose_value_its_words_do_not_state_is_marked_on_those_words()
    {
        var json = File.ReadAllText(Sidecar);
        Assert.Contains("\"exact\": \"120 workers\", \"value\": 120", json, StringComparison.Ordinal);
        File.WriteAllText(Sidecar, json.Replace("\"exact\": \"120 workers\", \"value\": 120", "\"exact\": \"120 workers\", \"value\": 121", StringComparison.Ordinal));
        using var site = SiteOutput.Build(Seeds);

        var page = site.Page("articles/example-article.html");
        Assert.NotNull(page.QuerySelector("#diagnostics li.kz-diagnostic[data-code=KZ0200]"));
        var mark = page.QuerySelector("#text mark.kz-diag[data-code=KZ0200]")!;
        Assert.Equal("120 workers", SiteCommandTests.Verbatim(mark));
    }

    [Fact]
    public void A_registry_that_cannot_be_read_leaves_every_article_shown_from_its_text()
    {
        File.WriteAllText(Path.Combine(Seeds, "registry", "people.json"), "{ broken");
        using var site = SiteOutput.Build(Seeds);

        Assert.True(site.ExitCode == 0, site.Error);
        var index = site.Page("index.html");
        Assert.NotNull(index.QuerySelector("#diagnostics li.kz-diagnostic[data-code=KZ0001]"));
        var row = index.QuerySelector("tr[data-article='001_example']")!;
        var page = site.Page(row.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(File.ReadAllText(Path.Combine(Seeds, "001_example.txt")), SiteCommandTests.Verbatim(page.QuerySelector("#text")!));
        Assert.NotNull(page.QuerySelector(".kz-unbuilt"));
    }

    [Fact]
    public void User_errors_are_one_line_and_exit_code_1()
    {
        var file = Path.Combine(_root, "a-file");
        File.WriteAllText(file, "");
        foreach (var args in new[] { new[] { "site" }, ["site", "--out", file], ["--seeds", Path.Combine(_root, "none"), "site", "--out", Path.Combine(_root, "out")],
            ["--seeds", Seeds, "site", "--out", Path.Combine(Seeds, "site")], ["site", "--out", Path.Combine(_root, "out"), "--watch"] })
        {
            var (exitCode, output, error) = CliRunner.Run(args);
            Assert.Equal(1, exitCode);
            Assert.Equal("", output);
            Assert.StartsWith("kz: ", error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd().Split('\n'));
        }
    }

    [Fact]
    public void A_rebuild_shows_the_seeds_as_they_are_now()
    {
        var output = Path.Combine(_root, "out");
        var reports = new System.Collections.Generic.List<string>();
        using var watcher = new SiteWatcher(SiteBuild.Create(Seeds, output), reports.Add);

        Assert.Equal(0, watcher.Rebuild()!.Errors);
        BreakAnAnchor();
        File.WriteAllText(Path.Combine(Seeds, "002_orphan.txt"), "A text with no sidecar.\n");
        Assert.Equal(2, watcher.Rebuild()!.Errors);
        Assert.Contains("KZ0100", File.ReadAllText(Path.Combine(output, "articles", "example-article.html")), StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(output, "articles")).Length);

        File.Delete(Path.Combine(Seeds, "002_orphan.txt"));
        Assert.Equal(1, watcher.Rebuild()!.Errors);
        // The page of the text that is gone is gone too.
        Assert.Equal(["example-article.html"], Directory.GetFiles(Path.Combine(output, "articles")).Select(Path.GetFileName));
        Assert.Equal(3, reports.Count);
        Assert.All(reports, r => Assert.StartsWith("kz site: ", r, StringComparison.Ordinal));
    }

    [Fact]
    public void A_seeds_folder_that_cannot_be_read_is_reported_and_the_watch_goes_on()
    {
        var reports = new System.Collections.Generic.List<string>();
        using var watcher = new SiteWatcher(SiteBuild.Create(Seeds, Path.Combine(_root, "out")), reports.Add);
        foreach (var file in Directory.GetFiles(Seeds, "*", SearchOption.AllDirectories)) File.Delete(file);

        Assert.Null(watcher.Rebuild());
        Assert.EndsWith("(still watching)", Assert.Single(reports), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_seed_files_trigger_a_rebuild()
    {
        Assert.True(SiteWatcher.IsSeed(Seeds, Path.Combine(Seeds, "001_example.json")));
        Assert.True(SiteWatcher.IsSeed(Seeds, Path.Combine(Seeds, "002_new.txt")));
        Assert.True(SiteWatcher.IsSeed(Seeds, Path.Combine(Seeds, "registry", "people.json")));
        Assert.False(SiteWatcher.IsSeed(Seeds, Path.Combine(Seeds, "001_example.json~")));
        Assert.False(SiteWatcher.IsSeed(Seeds, Path.Combine(Seeds, "schema", "sidecar.schema.json")));
        Assert.False(SiteWatcher.IsSeed(Seeds, Path.Combine(_root, "elsewhere.txt")));
    }
}
