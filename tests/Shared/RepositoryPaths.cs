using System;
using System.IO;

namespace KzDataset.Testing;

/// <summary>
/// Finds the repository from the test binaries (CallerFilePath is path-mapped in CI builds).
/// Shared source: linked into both test projects.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KzDataset.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("KzDataset.sln not found above " + AppContext.BaseDirectory);
    }
}
