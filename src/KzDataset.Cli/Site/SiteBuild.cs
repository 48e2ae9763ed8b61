using System.IO;
using KzDataset.Cli.Seeds;

namespace KzDataset.Cli.Site;

/// <summary>
/// One build of the site from its inputs: the seeds folder is read afresh each time (so a rebuild
/// sees the files as they are now), checked, modelled and written.
/// </summary>
/// <param name="SeedsDirectory">The seeds folder, or null for the bundled corpus.</param>
/// <param name="OutputDirectory">Where the site goes.</param>
internal sealed record SiteBuild(string? SeedsDirectory, string OutputDirectory)
{
    /// <summary>Checks the output folder can be one: a <see cref="CliException"/> when it cannot.</summary>
    public static SiteBuild Create(string? seeds, string? output)
    {
        if (string.IsNullOrWhiteSpace(output)) throw new CliException("kz site needs --out DIR, the folder to write the site into");
        var full = Path.GetFullPath(output);
        if (File.Exists(full)) throw new CliException($"--out '{output}' is a file; give a folder (it is created if need be)");
        if (seeds is not null && !Directory.Exists(seeds)) throw new CliException($"no seeds folder at '{seeds}'");
        if (seeds is not null && IsInside(full, Path.GetFullPath(seeds))) throw new CliException($"--out '{output}' is inside the seeds folder; write the site elsewhere");
        return new SiteBuild(seeds is null ? null : Path.GetFullPath(seeds), full);
    }

    public SiteSummary Run()
    {
        var model = SeedsDirectory is null
            ? SiteModelBuilder.Build(SeedFolder.Bundled(), KzDataset.KzCorpus.Instance)
            : SiteModelBuilder.Build(SeedFolder.Open(SeedsDirectory));
        return SiteWriter.Write(model, OutputDirectory);
    }

    private static bool IsInside(string path, string folder)
        => (path + Path.DirectorySeparatorChar).StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, System.StringComparison.Ordinal);
}
