using System;
using System.IO;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using KzDataset.Tests;

namespace KzDataset.Site.Tests;

/// <summary>
/// The corpus tests' hostile seeds (markup in the text, title, names, notes and a correction), with every
/// <c>alert()</c> made a trace a page would keep if it ran it: a global set. Their other payloads call
/// functions that do not exist, so running one would log a page error, which the tests also catch.
/// </summary>
internal static class HostileSiteSeeds
{
    /// <summary>The global a hostile script or handler would set.</summary>
    public const string Global = "kzPwned";

    private const string Payload = "window." + Global + "=1";

    public const string ArticleId = "hostile-article";

    public const string PersonId = "jane-doe";

    public static string Script => Traceable(HostileSeeds.Script);

    public static string Image => Traceable(HostileSeeds.Image);

    public static void WriteTo(string folder)
    {
        HostileSeeds.WriteTo(folder);
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, Traceable(File.ReadAllText(file)));
        }
        // The text changed, so its sidecar's hash follows.
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "001_hostile.txt"))));
        var sidecar = Path.Combine(folder, "001_hostile.json");
        File.WriteAllText(sidecar, Regex.Replace(File.ReadAllText(sidecar), "\"sha256\": \"[0-9a-f]+\"", $"\"sha256\": \"{sha}\""));
    }

    private static string Traceable(string text) => text.Replace("alert()", Payload, StringComparison.Ordinal);
}
