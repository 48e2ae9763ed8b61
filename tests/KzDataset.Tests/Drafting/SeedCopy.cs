using System.IO;
using KzDataset.Testing;

namespace KzDataset.Tests.Drafting;

/// <summary>Copies of the bundled seeds in a temp folder, so a test can edit or draft them.</summary>
internal static class SeedCopy
{
    /// <summary>The bundled texts and registry copied into <paramref name="target"/>, with their sidecars or without (what a user has before drafting).</summary>
    public static string Make(string target, bool sidecars)
    {
        Directory.CreateDirectory(Path.Combine(target, "registry"));
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds, sidecars ? "*" : "*.txt")) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Seeds, "registry"), "*.json"))
        {
            File.Copy(file, Path.Combine(target, "registry", Path.GetFileName(file)));
        }
        return target;
    }
}
