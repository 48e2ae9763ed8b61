using System.Threading;
using System.Threading.Tasks;
using KzDataset.Testing;

namespace KzDataset.Package.Tests;

/// <summary>
/// A console app with the generator package, the example seeds, typed members per quote and figure, and two
/// additional files outside seeds/ that are no seeds; built and run once, its output shared by the tests.
/// </summary>
internal sealed record ExampleCorpusApp(ConsumerProject Project, ProcessResult Build, ProcessResult? Run)
{
    private const string Program = """
        using System.Globalization;
        using ExampleCorpusApp;

        Console.WriteLine($"title={Articles.ExampleArticle.Title}");
        Console.WriteLine($"articles={string.Join(",", Articles.All.Select(a => a.Id))}");
        Console.WriteLine($"person={People.JaneDoe.Name} ({People.JaneDoe.Kind}, {People.JaneDoe.Role})");
        Console.WriteLine($"outlet={Outlets.ExampleGazette.Name}");
        Console.WriteLine($"measure={Measures.Workers.Name}");
        Console.WriteLine($"unit={Units.Person.Name}");
        Console.WriteLine($"quotes={Quotes.All.Count}");
        Console.WriteLine($"quote-ids={string.Join(",", Quotes.All.Select(q => q.LocalId))}");
        Console.WriteLine($"workers-built={Quotes.ExampleArticle.WorkersBuilt.Text} / {Quotes.ExampleArticle.WorkersBuilt.Speaker.Name}");
        Console.WriteLine($"figures={Figures.All.Count}");
        Console.WriteLine($"figure={Figures.All[0].Value?.ToString(CultureInfo.InvariantCulture)} {Figures.All[0].Unit.Id} ({Figures.All[0].Text})");
        Console.WriteLine($"corpus={KzCorpus.Instance.Articles.Count} {KzCorpus.Instance.Quotes.Count} {KzCorpus.Instance.Figures.Count}");

        """;

    public static Task<ExampleCorpusApp> BuildAsync(PackageFeed feed, CancellationToken cancellationToken) =>
        feed.SharedAsync(nameof(ExampleCorpusApp), () => CreateAsync(feed, cancellationToken));

    private static async Task<ExampleCorpusApp> CreateAsync(PackageFeed feed, CancellationToken cancellationToken)
    {
        var project = await ConsumerProject.CreateAsync(feed, "console", nameof(ExampleCorpusApp), cancellationToken);
        project.AddPackage("KzDataset.Generator");
        project.AddProperty("KzItemMembers", "true");
        ExampleSeeds.Write(System.IO.Path.Combine(project.Directory, "seeds"));
        // Read as seeds they would fail (a text without sidecar, a sidecar without text and no id): the generator
        // must read only the files the package marks as seeds.
        project.WriteFile("notes.txt", "Notes on the corpus, for the team: not an article.\n");
        project.WriteFile("notes.json", "{ \"reviewer\": \"someone\" }\n");
        project.AddItem("AdditionalFiles", "notes.txt");
        project.AddItem("AdditionalFiles", "notes.json");
        project.WriteFile("Program.cs", Program);

        var build = await project.BuildAsync(cancellationToken);
        var run = build.Succeeded ? await project.RunAsync(cancellationToken) : null;
        return new ExampleCorpusApp(project, build, run);
    }
}
