using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KzDataset.Testing;

namespace KzDataset.Notebook.Tests;

/// <summary>Where the notebooks are.</summary>
internal static class NotebookPaths
{
    public static string Folder => RepositoryPaths.Combine("notebooks");

    public static IEnumerable<string> Notebooks() =>
        Directory.GetFiles(Folder, "*.ipynb").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}
