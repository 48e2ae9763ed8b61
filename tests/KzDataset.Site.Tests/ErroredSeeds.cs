using System;
using System.IO;
using Xunit;

namespace KzDataset.Site.Tests;

/// <summary>
/// The starter seeds of `kz init` with one quote misquoted, the README's example: a KZ0100 error ("is not in
/// 001_example.txt. Closest passage, line 3 …") that has a place in the text, the passage's line.
/// </summary>
internal static class ErroredSeeds
{
    public const string ArticleId = "example-article";

    public const string Code = "KZ0100";

    public const string SidecarFile = "001_example.json";

    /// <summary>The words of the text the error is about (the closest passage to the misquote).</summary>
    public const string Place = "120 workers built it";

    /// <summary>Writes the folder (a new one) and returns the seeds folder inside it.</summary>
    public static string WriteTo(string folder)
    {
        var seeds = Path.Combine(folder, "seeds");
        var (exit, _, error) = Kz.Run("init", seeds);
        Assert.True(exit == 0, "kz init failed: " + error);
        var sidecar = Path.Combine(seeds, SidecarFile);
        var json = File.ReadAllText(sidecar);
        var broken = json.Replace("\"exact\": \"120 workers built it\"", "\"exact\": \"120 workers built the bridge\"", StringComparison.Ordinal);
        Assert.NotEqual(json, broken);
        File.WriteAllText(sidecar, broken);
        return seeds;
    }
}
