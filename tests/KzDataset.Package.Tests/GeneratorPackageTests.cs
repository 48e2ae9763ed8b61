using System.IO;
using System.Linq;
using System.Threading.Tasks;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Package.Tests;

/// <summary>
/// The KzDataset.Generator package on a corpus the test writes: typed catalogs in the project's namespace,
/// seed errors as located KZ diagnostics, other additional files left alone, and a library corpus beside the
/// bundled one in one app.
/// </summary>
public sealed class GeneratorPackageTests(PackageFeed feed)
{
    [Fact]
    public async Task Typed_members_compile_and_return_the_seeds_data()
    {
        var app = await ExampleCorpusApp.BuildAsync(feed, TestContext.Current.CancellationToken);

        app.Build.AssertCleanBuild();
        feed.AssertRestoredFromFeed("KzDataset.Generator");
        var run = Assert.IsType<ProcessResult>(app.Run);
        run.AssertSucceeded();
        Assert.Equal("Example headline: \"The bridge is open\"", run.Value("title"));
        Assert.Equal("Jane Doe (Official, town engineer)", run.Value("person"));
        Assert.Equal("Example Gazette", run.Value("outlet"));
        Assert.Equal("Workers", run.Value("measure"));
        Assert.Equal("people", run.Value("unit"));
        Assert.Equal("3", run.Value("quotes"));
        Assert.Equal("title-bridge-open,bridge-open,workers-built", run.Value("quote-ids"));
        Assert.Equal($"{ExampleSeeds.WorkersBuilt} / Jane Doe", run.Value("workers-built"));
        Assert.Equal("1", run.Value("figures"));
        Assert.Equal("120 person (120 workers)", run.Value("figure"));
    }

    [Fact]
    public async Task Additional_files_outside_the_seeds_are_not_read_as_seeds()
    {
        var app = await ExampleCorpusApp.BuildAsync(feed, TestContext.Current.CancellationToken);

        Assert.Contains("<AdditionalFiles Include=\"notes.txt\" />", File.ReadAllText(app.Project.ProjectFile), System.StringComparison.Ordinal);
        app.Build.AssertCleanBuild();
        var run = Assert.IsType<ProcessResult>(app.Run);
        Assert.Equal("example-article", run.Value("articles"));
        Assert.Equal("1 3 1", run.Value("corpus"));
    }

    [Fact]
    public async Task A_broken_anchor_fails_the_build_with_KZ0100_at_its_place_in_the_sidecar()
    {
        var broken = await BrokenCorpus.BuildAsync(feed, TestContext.Current.CancellationToken);

        broken.Build.AssertFailed();
        var diagnostic = Assert.Single(KzDiagnosticLine.AllIn(broken.Build.Output));
        Assert.Equal(new KzDiagnosticLine(broken.Sidecar, broken.Line, broken.Column, "error", "KZ0100", diagnostic.Message), diagnostic);
        Assert.StartsWith($"\"{BrokenCorpus.MissingText}\" is not in {ExampleSeeds.TextName}.", diagnostic.Message, System.StringComparison.Ordinal);
        // The seed error is the only error: the catalogs still compile around it.
        Assert.DoesNotContain("error CS", broken.Build.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_uses_the_bundled_corpus_and_a_library_corpus_side_by_side()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var library = await ConsumerProject.CreateAsync(feed, "classlib", "TownLibrary", cancellationToken);
        library.AddPackage("KzDataset.Generator");
        // Both overrides a corpus project may set: its own namespace and seeds folder.
        library.AddProperty("KzNamespace", "Town.Corpus");
        library.AddProperty("KzSeedsDirectory", "data/");
        ExampleSeeds.Write(Path.Combine(library.Directory, "data"));
        var app = await ConsumerProject.CreateAsync(feed, "console", "BothCorporaApp", cancellationToken);
        app.AddPackage("KzDataset");
        app.AddProjectReference(library);
        app.WriteFile("Program.cs", """
            Console.WriteLine($"bundled={KzDataset.Articles.All.Count} {KzDataset.KzCorpus.Instance.Quotes.Count} {KzDataset.Experts.EricaMarat.Name}");
            Console.WriteLine($"town={string.Join(",", Town.Corpus.Articles.All.Select(a => a.Id))} {Town.Corpus.KzCorpus.Instance.Quotes.Count} {Town.Corpus.People.JaneDoe.Name}");
            Console.WriteLine($"town-title={Town.Corpus.Articles.ExampleArticle.Title}");

            """);

        var build = await app.BuildAsync(cancellationToken);

        build.AssertCleanBuild();
        var run = await app.RunAsync(cancellationToken);
        run.AssertSucceeded();
        Assert.Equal($"{Articles.All.Count} {KzCorpus.Instance.Quotes.Count} {Experts.EricaMarat.Name}", run.Value("bundled"));
        Assert.Equal("example-article 3 Jane Doe", run.Value("town"));
        Assert.Equal("Example headline: \"The bridge is open\"", run.Value("town-title"));
        Assert.DoesNotContain(run.OutputLines, l => l.StartsWith("town=", System.StringComparison.Ordinal) && l.Contains(Articles.All.First().Id, System.StringComparison.Ordinal));
    }
}
