using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Package.Tests;

/// <summary>
/// The KzDataset.Tool package installed with <c>dotnet tool install</c>: kz check reports what the build reports,
/// kz init starts a seeds folder a generator project builds clean, kz stats shows the bundled corpus.
/// </summary>
public sealed class ToolPackageTests(PackageFeed feed)
{
    [Fact]
    public async Task Check_prints_the_broken_anchor_as_the_build_does_and_fails()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var broken = await BrokenCorpus.BuildAsync(feed, cancellationToken);
        var kz = await KzTool.InstallAsync(feed, cancellationToken);

        var check = await kz.RunAsync(cancellationToken, "check", broken.SeedsDirectory);

        Assert.True(check.ExitCode == 1 && !check.TimedOut, "Expected exit code 1: " + check.Describe());
        var fromCheck = Assert.Single(KzDiagnosticLine.AllIn(check.Output));
        var fromBuild = Assert.Single(KzDiagnosticLine.AllIn(broken.Build.Output));
        Assert.Equal(fromBuild, fromCheck);
        Assert.Equal((broken.Sidecar, broken.Line, broken.Column, "KZ0100"), (fromCheck.Path, fromCheck.Line, fromCheck.Column, fromCheck.Id));
        // One text, its sidecar and the four registries.
        check.AssertOutputContains($"{broken.SeedsDirectory}: 6 files, 1 article; 1 error, 0 warnings");
    }

    [Fact]
    public async Task Init_writes_seeds_that_a_generator_project_builds_clean()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var kz = await KzTool.InstallAsync(feed, cancellationToken);
        var app = await ConsumerProject.CreateAsync(feed, "console", "InitApp", cancellationToken);
        app.AddPackage("KzDataset.Generator");
        var seeds = Path.Combine(app.Directory, "seeds");

        var init = await kz.RunAsync(cancellationToken, "init", seeds);

        init.AssertSucceeded();
        Assert.True(File.Exists(Path.Combine(seeds, "001_example.json")), "No sidecar after " + init.Describe());
        app.WriteFile("Program.cs", """
            Console.WriteLine($"articles={string.Join(",", InitApp.Articles.All.Select(a => a.Id))}");
            Console.WriteLine($"people={string.Join(",", InitApp.KzCorpus.Instance.People.Select(p => p.Id))}");

            """);
        var build = await app.BuildAsync(cancellationToken);
        build.AssertCleanBuild();
        var run = await app.RunAsync(cancellationToken);
        run.AssertSucceeded();
        Assert.Equal("example-article", run.Value("articles"));
        Assert.Equal("jane-doe", run.Value("people"));
        var check = await kz.RunAsync(cancellationToken, "check", seeds);
        check.AssertSucceeded();
        check.AssertOutputContains("1 article; 0 errors, 0 warnings");
    }

    [Fact]
    public async Task Stats_prints_the_bundled_corpus()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var kz = await KzTool.InstallAsync(feed, cancellationToken);

        var stats = await kz.RunAsync(cancellationToken, "stats");

        stats.AssertSucceeded();
        // Its output is a pipe: a header line, then one tab-separated row per article.
        Assert.Equal("id", stats.OutputLines[0].Split('\t')[0]);
        Assert.Equal(Articles.All.Select(a => a.Id), stats.OutputLines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]));
    }
}
