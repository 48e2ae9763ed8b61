using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace KzDataset.Cli.Seeds;

/// <summary>
/// What <c>kz init</c> writes: one short example article with a quote, a figure and an excluded
/// line, its sidecar (with the text's real hash), and the four registries, each pointing at its
/// JSON Schema. Every value is an example to replace, and says so.
/// </summary>
internal static class StarterCorpus
{
    public const string TextName = "001_example.txt";

    public const string Text = """
        Example headline: "The bridge is open"

        RIVERTOWN – "The bridge is open," said Jane Doe, the town's engineer. She said 120 workers built it.

        Advertisement: subscribe today
        """;

    /// <summary>Every file, by path relative to the seeds folder.</summary>
    public static IReadOnlyDictionary<string, string> Files()
    {
        var text = Text.Replace("\r\n", "\n", System.StringComparison.Ordinal) + "\n";
        return new SortedDictionary<string, string>(System.StringComparer.Ordinal)
        {
            [TextName] = text,
            ["001_example.json"] = Sidecar(Sha256(text)),
            ["registry/people.json"] = """
                {
                  "$schema": "../schema/people.schema.json",
                  "people": [
                    { "id": "jane-doe", "name": "Jane Doe", "kind": "official", "aliases": [], "role": "town engineer",
                      "note": "An example person: replace with the people your texts quote." }
                  ]
                }

                """,
            ["registry/outlets.json"] = """
                {
                  "$schema": "../schema/outlets.schema.json",
                  "outlets": [
                    { "id": "example-gazette", "name": "Example Gazette", "country": "Nowhere", "language": "en",
                      "note": "An example outlet: replace with the outlets of your texts." }
                  ]
                }

                """,
            ["registry/measures.json"] = """
                {
                  "$schema": "../schema/measures.schema.json",
                  "measures": [
                    { "id": "workers", "name": "Workers", "description": "People who worked on something" }
                  ]
                }

                """,
            ["registry/units.json"] = """
                {
                  "$schema": "../schema/units.schema.json",
                  "units": [
                    { "id": "person", "name": "people" }
                  ]
                }

                """,
        };
    }

    private static string Sidecar(string sha256) => $$"""
        {
          "$schema": "schema/article.schema.json",
          "id": "example-article",
          "sha256": "{{sha256}}",
          "title": { "exact": "Example headline: \"The bridge is open\"" },
          "outlet": { "id": "example-gazette", "inferred": false, "cues": [ { "exact": "RIVERTOWN" } ] },
          "published": { "date": "2024-01", "inferred": true, "note": "An example date: give the article's own, to the precision the evidence gives." },
          "language": { "original": "en", "processing": [] },
          "format": "news",
          "exclude": [
            { "exact": "Advertisement: subscribe today", "reason": "advertisement" }
          ],
          "quotes": [
            { "id": "title-bridge-open", "speaker": "jane-doe", "kind": "direct", "exact": "The bridge is open", "occurrence": 1 },
            { "id": "bridge-open", "speaker": "jane-doe", "kind": "direct", "exact": "The bridge is open", "occurrence": 2, "cue": "said" },
            { "id": "workers-built", "speaker": "jane-doe", "kind": "indirect", "exact": "120 workers built it", "cue": "said" }
          ],
          "figures": [
            { "id": "workers", "exact": "120 workers", "value": 120, "unit": "person", "measure": "workers",
              "qualifier": "exact", "subject": "workers who built the bridge", "statedBy": "jane-doe" }
          ]
        }

        """;

    private static string Sha256(string text) => System.Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
