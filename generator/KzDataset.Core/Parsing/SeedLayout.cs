using System;

namespace KzDataset.Core.Parsing;

/// <summary>
/// The layout of a seeds folder: texts (<c>*.txt</c>) and their sidecars (<c>*.json</c>) side by side
/// at the top, registries in <c>registry/*.json</c> (but <c>registry/drafting.json</c>, the rules of <c>kz draft</c>), and <c>*.schema.json</c> files (editor schemas)
/// not seeds. The package's build files glob the same patterns (an MSBuild file cannot call this);
/// every other reader of a seeds folder (the <c>kz</c> tool, the benchmarks, the tests) asks here.
/// Extensions are matched as written (lower case), as MSBuild globs them on Linux.
/// </summary>
public static class SeedLayout
{
    public const string RegistryFolder = "registry";

    /// <summary>The drafting rules of <c>kz draft</c> (registry/drafting.json): in the registry folder, but no registry.</summary>
    public const string DraftingRulesFile = "drafting.json";

    /// <summary>What a file is, by its path relative to the seeds folder ('/' or '\' between folders).</summary>
    public static SeedKind KindOf(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        var slash = path.IndexOf('/');
        var name = slash < 0 ? path : path.Substring(slash + 1);
        if (name.Length == 0 || name.IndexOf('/') >= 0 || name.EndsWith(".schema.json", StringComparison.Ordinal)) return SeedKind.None;
        if (slash >= 0)
        {
            return path.Substring(0, slash) == RegistryFolder && name.EndsWith(".json", StringComparison.Ordinal) && name != DraftingRulesFile
                ? SeedKind.Registry
                : SeedKind.None;
        }
        if (name.EndsWith(".txt", StringComparison.Ordinal)) return SeedKind.Text;
        return name.EndsWith(".json", StringComparison.Ordinal) ? SeedKind.Sidecar : SeedKind.None;
    }

    /// <summary>What a file is, by its full path and the seeds folder's; <see cref="SeedKind.None"/> outside the folder.</summary>
    public static SeedKind KindOf(string seedsFolder, string path)
    {
        var folder = seedsFolder.Replace('\\', '/').TrimEnd('/') + "/";
        var file = path.Replace('\\', '/');
        return file.StartsWith(folder, StringComparison.Ordinal) ? KindOf(file.Substring(folder.Length)) : SeedKind.None;
    }
}
