using System.IO;
using System.Threading;
using System.Threading.Tasks;
using KzDataset.Testing;

namespace KzDataset.Package.Tests;

/// <summary>
/// A generator project whose quote anchors on text its article lacks, built once: the build's KZ0100 is checked
/// against the place computed from the sidecar, and <c>kz check</c> must print the same line.
/// </summary>
internal sealed record BrokenCorpus(ConsumerProject Project, string Sidecar, int Line, int Column, ProcessResult Build)
{
    public const string MissingText = "150 workers built it";

    public string SeedsDirectory => Path.Combine(Project.Directory, "seeds");

    public static Task<BrokenCorpus> BuildAsync(PackageFeed feed, CancellationToken cancellationToken) =>
        feed.SharedAsync(nameof(BrokenCorpus), () => CreateAsync(feed, cancellationToken));

    private static async Task<BrokenCorpus> CreateAsync(PackageFeed feed, CancellationToken cancellationToken)
    {
        var project = await ConsumerProject.CreateAsync(feed, "console", "BrokenCorpus", cancellationToken);
        project.AddPackage("KzDataset.Generator");
        var seeds = Path.Combine(project.Directory, "seeds");
        var sidecar = ExampleSeeds.Write(seeds, workersBuilt: MissingText);
        var (line, column) = ExampleSeeds.Locate(sidecar, MissingText);
        var build = await project.BuildAsync(cancellationToken);
        return new BrokenCorpus(project, Path.Combine(seeds, ExampleSeeds.SidecarName), line, column, build);
    }
}
