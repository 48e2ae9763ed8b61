using System;
using System.IO;
using System.Linq;
using KzDataset.Synthetic;

namespace KzDataset.Bench.Scaling;

/// <summary>
/// A throwaway copy of the library around a synthetic corpus, so the repository is never touched:
/// T/{global.json, Directory.*.props}, T/generator, T/src/KzDataset, T/src/KzDataset.Runtime and
/// T/src/KzDataset.Format (copied without bin/obj), T/seeds (the corpus) and T/export.json (the JSON baseline).
/// The generator is copied, not linked: through a link, the generator's projects were reached by two
/// paths (the link's and the repository's), and restoring one project twice at once failed at random.
/// </summary>
internal sealed class TempProject
{
    private TempProject(string root) => Root = root;

    public string Root { get; }

    public string Library => Path.Combine(Root, "src", "KzDataset");

    public string Project => Path.Combine(Library, "KzDataset.csproj");

    public string Seeds => Path.Combine(Root, "seeds");

    public string Export => Path.Combine(Root, "export.json");

    /// <summary>True when the corpus project's build files honour -p:KzGenerate=false (the embed-only floor).</summary>
    public bool SupportsEmbedOnly
        => File.Exists(Targets) && File.ReadAllText(Targets).Contains("KzGenerate", StringComparison.Ordinal);

    /// <summary>The generator package's targets, which the corpus project imports.</summary>
    private string Targets => Path.Combine(Root, "generator", "KzDataset.Generator", "buildTransitive", "KzDataset.Generator.targets");

    public static TempProject Create(string repository, int articles, int seed)
    {
        var root = Path.Combine(Path.GetTempPath(), "kz-bench", "n" + articles.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(root);
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props" })
        {
            File.Copy(Path.Combine(repository, file), Path.Combine(root, file));
        }
        Copy(Path.Combine(repository, "generator"), Path.Combine(root, "generator"));
        Copy(Path.Combine(repository, "src", "KzDataset"), Path.Combine(root, "src", "KzDataset"));
        Copy(Path.Combine(repository, "src", "KzDataset.Runtime"), Path.Combine(root, "src", "KzDataset.Runtime"));
        Copy(Path.Combine(repository, "src", "KzDataset.Format"), Path.Combine(root, "src", "KzDataset.Format"));
        var project = new TempProject(root);
        SyntheticCorpus.Write(project.Seeds, articles, seed);
        SyntheticCorpus.WriteExport(project.Export, articles, seed);
        return project;
    }

    /// <summary>Removes the library's Release outputs, so the next build compiles it in full.</summary>
    public void Clean()
    {
        foreach (var folder in new[] { Path.Combine(Library, "obj", "Release"), Path.Combine(Library, "bin", "Release") })
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var directory in Directory.EnumerateDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
