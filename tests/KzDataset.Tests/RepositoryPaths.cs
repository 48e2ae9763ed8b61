using System;
using System.IO;

namespace KzDataset.Tests;

/// <summary>Finds the repository from the test binaries (CallerFilePath is path-mapped in CI builds).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

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
