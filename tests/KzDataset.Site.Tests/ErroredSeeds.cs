using System;
using System.IO;
using Xunit;

namespace KzDataset.Site.Tests;

/// <summary>
/// The starter seeds of `kz init` with one figure's value made wrong: a KZ0200 error that has a place in
/// the text (the figure's words, "120 workers"), so the site can mark it there.
/// </summary>
internal static class ErroredSeeds
{
    public const string ArticleId = "example-article";

    public const string Code = "KZ0200";

    public const string SidecarFile = "001_example.json";

    /// <summary>The words of the text the error is about.</summary>
    public const string Place = "120 workers";

    /// <summary>Writes the folder (a new one) and returns the seeds folder inside it.</summary>
    public static string WriteTo(string folder)
    {
        var seeds = Path.Combine(folder, "seeds");
        var (exit, _, error) = Kz.Run("init", seeds);
        Assert.True(exit == 0, "kz init failed: " + error);
        var sidecar = Path.Combine(seeds, SidecarFile);
        var json = File.ReadAllText(sidecar);
        var broken = json.Replace("\"value\": 120,", "\"value\": 121,", StringComparison.Ordinal);
        Assert.NotEqual(json, broken);
        File.WriteAllText(sidecar, broken);
        return seeds;
    }
}
