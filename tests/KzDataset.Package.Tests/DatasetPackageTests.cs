using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Package.Tests;

/// <summary>
/// The KzDataset package in a fresh console app: the bundled corpus compiles under strict settings, answers
/// queries as the repository's own build does, and a misspelled member is a compile error.
/// </summary>
public sealed partial class DatasetPackageTests(PackageFeed feed)
{
    [Fact]
    public async Task A_console_app_queries_the_bundled_corpus()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var app = await ConsumerProject.CreateAsync(feed, "console", "DatasetApp", cancellationToken);
        app.AddPackage("KzDataset");
        app.WriteFile("Program.cs", """
            using System.Globalization;
            using KzDataset;

            Console.WriteLine($"articles={Articles.All.Count}");
            Console.WriteLine($"quotes={KzCorpus.Instance.Quotes.Count}");
            Console.WriteLine($"figures={KzCorpus.Instance.Figures.Count}");
            Console.WriteLine($"by-date={string.Join(",", Articles.All.OrderBy(a => a.Published.Earliest).ThenBy(a => a.Id).Select(a => a.Id))}");
            Console.WriteLine($"marat={Experts.EricaMarat.Name}: {Experts.EricaMarat.Quotes.Count}");
            Console.WriteLine($"troops={string.Join(",", Figures.ByMeasure(Measures.TroopsDeployed).Select(f => f.Value).Order().Select(v => v?.ToString(CultureInfo.InvariantCulture)))}");
            Console.WriteLine($"ceded={Quotes.NytTokayevEmbracesRussia.CededSovereignty.Speaker.Name}");
            Console.WriteLine($"tokayev={People.Find("Tokayev")?.Name}");

            """);

        var build = await app.BuildAsync(cancellationToken);

        build.AssertCleanBuild();
        feed.AssertRestoredFromFeed("KzDataset");
        feed.AssertRestoredFromFeed("KzDataset.Runtime");
        var run = await app.RunAsync(cancellationToken);
        run.AssertSucceeded();
        Assert.Equal(Articles.All.Count.ToString(CultureInfo.InvariantCulture), run.Value("articles"));
        Assert.Equal(KzCorpus.Instance.Quotes.Count.ToString(CultureInfo.InvariantCulture), run.Value("quotes"));
        Assert.Equal(KzCorpus.Instance.Figures.Count.ToString(CultureInfo.InvariantCulture), run.Value("figures"));
        Assert.Equal(string.Join(",", Articles.All.OrderBy(a => a.Published.Earliest).ThenBy(a => a.Id).Select(a => a.Id)), run.Value("by-date"));
        Assert.Equal($"{Experts.EricaMarat.Name}: {Experts.EricaMarat.Quotes.Count}", run.Value("marat"));
        Assert.Equal("2500,3500", run.Value("troops"));
        Assert.Equal(Quotes.NytTokayevEmbracesRussia.CededSovereignty.Speaker.Name, run.Value("ceded"));
        Assert.Equal(People.Find("Tokayev")?.Name, run.Value("tokayev"));
    }

    [Fact]
    public async Task A_misspelled_expert_fails_the_build_with_CS0117()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var app = await ConsumerProject.CreateAsync(feed, "console", "MisspelledApp", cancellationToken);
        app.AddPackage("KzDataset");
        app.WriteFile("Program.cs", "Console.WriteLine(KzDataset.Experts.EricaMarrat.Name);\n");

        var build = await app.BuildAsync(cancellationToken);

        build.AssertFailed();
        build.AssertOutputContains("error CS0117: 'Experts' does not contain a definition for 'EricaMarrat'");
        // Only that error: a package that failed to restore would fail the build too, for another reason.
        var errors = ErrorCode().Matches(build.Output).Select(m => m.Groups[1].Value).Distinct().ToArray();
        Assert.True(errors is ["CS0117"], "Expected CS0117 alone: " + build.Describe());
    }

    [GeneratedRegex(@": error ([A-Z]+\d+):")]
    private static partial Regex ErrorCode();
}
