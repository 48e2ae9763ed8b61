using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace KzDataset.Package.Tests;

/// <summary>
/// A one-article seeds folder with the content <c>kz init</c> writes (article example-article, person jane-doe,
/// outlet example-gazette, measure workers, unit person, three quotes and a figure), written by the test so the
/// generator package is checked without the tool. The sidecar records the text's real SHA-256.
/// </summary>
internal static class ExampleSeeds
{
    public const string TextName = "001_example.txt";

    public const string SidecarName = "001_example.json";

    /// <summary>What the quote workers-built anchors on; the broken corpus changes it to text the article lacks.</summary>
    public const string WorkersBuilt = "120 workers built it";

    public static readonly string Text = Lf("""
        Example headline: "The bridge is open"

        RIVERTOWN – "The bridge is open," said Jane Doe, the town's engineer. She said 120 workers built it.

        Advertisement: subscribe today

        """);

    /// <summary>Writes the seeds into <paramref name="seeds"/>; returns the sidecar's content.</summary>
    public static string Write(string seeds, string workersBuilt = WorkersBuilt)
    {
        var sidecar = Sidecar(Sha256(Text), workersBuilt);
        var files = new Dictionary<string, string>
        {
            [TextName] = Text,
            [SidecarName] = sidecar,
            ["registry/people.json"] = """
                { "people": [ { "id": "jane-doe", "name": "Jane Doe", "kind": "official", "aliases": [], "role": "town engineer" } ] }
                """,
            ["registry/outlets.json"] = """
                { "outlets": [ { "id": "example-gazette", "name": "Example Gazette", "country": "Nowhere", "language": "en" } ] }
                """,
            ["registry/measures.json"] = """
                { "measures": [ { "id": "workers", "name": "Workers", "description": "People who worked on something" } ] }
                """,
            ["registry/units.json"] = """
                { "units": [ { "id": "person", "name": "people" } ] }
                """,
        };
        foreach (var (name, content) in files)
        {
            var path = Path.Combine(seeds, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes(content));
        }
        return sidecar;
    }

    /// <summary>The 1-based line and column of a JSON string value in a file (of its opening quotation mark).</summary>
    public static (int Line, int Column) Locate(string json, string value)
    {
        var index = json.IndexOf("\"" + value + "\"", StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException($"\"{value}\" is not in the JSON.", nameof(value));
        }
        var before = json.AsSpan(0, index);
        return (before.Count('\n') + 1, index - before.LastIndexOf('\n'));
    }

    private static string Sidecar(string sha256, string workersBuilt) => Lf($$"""
        {
          "id": "example-article",
          "sha256": "{{sha256}}",
          "title": { "exact": "Example headline: \"The bridge is open\"" },
          "outlet": { "id": "example-gazette", "inferred": false, "cues": [ { "exact": "RIVERTOWN" } ] },
          "published": { "date": "2024-01", "inferred": true, "note": "An example date." },
          "language": { "original": "en", "processing": [] },
          "format": "news",
          "exclude": [
            { "exact": "Advertisement: subscribe today", "reason": "advertisement" }
          ],
          "quotes": [
            { "id": "title-bridge-open", "speaker": "jane-doe", "kind": "direct", "exact": "The bridge is open", "occurrence": 1 },
            { "id": "bridge-open", "speaker": "jane-doe", "kind": "direct", "exact": "The bridge is open", "occurrence": 2, "cue": "said" },
            { "id": "workers-built", "speaker": "jane-doe", "kind": "indirect", "exact": "{{workersBuilt}}", "cue": "said" }
          ],
          "figures": [
            { "id": "workers", "exact": "120 workers", "value": 120, "unit": "person", "measure": "workers",
              "qualifier": "exact", "subject": "workers who built the bridge", "statedBy": "jane-doe" }
          ]
        }

        """);

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
