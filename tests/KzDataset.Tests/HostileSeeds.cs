using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace KzDataset.Tests;

/// <summary>
/// A small valid seeds folder whose text, title, notes, names and correction hold markup (a script
/// element, event-handler attributes, an iframe): what a renderer must show as characters, never run.
/// </summary>
internal static class HostileSeeds
{
    public const string Script = "<script>alert()</script>";

    public const string Image = "<img src=x onerror=alert()>";

    public const string Text = "Bridge <script>alert()</script> opens: \"The bridge <b>is</b> open\"\n\n"
        + "RIVERTOWN – \"The bridge <b>is</b> open,\" said Jane Doe <img src=x onerror=alert()>. She said 120 workers built it.\n\n"
        + "Advertisement: <iframe src=javascript:alert()></iframe> subscribe today\n";

    public static void WriteTo(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "registry"));
        var sha = System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));
        foreach (var (path, content) in Files(sha))
        {
            File.WriteAllText(Path.Combine(folder, path), content, new UTF8Encoding(false));
        }
    }

    private static IEnumerable<(string, string)> Files(string sha)
    {
        yield return ("001_hostile.txt", Text);
        yield return ("001_hostile.json", $$"""
            {
              "id": "hostile-article",
              "sha256": "{{sha}}",
              "title": { "exact": "Bridge <script>alert()</script> opens: \"The bridge <b>is</b> open\"" },
              "titleNote": "<script>titleNote()</script>",
              "outlet": { "id": "example-gazette", "inferred": false, "cues": [ { "exact": "RIVERTOWN" } ], "note": "<svg onload=alert()>" },
              "published": { "date": "2024-01", "inferred": true, "note": "<a href=javascript:alert()>date</a>" },
              "language": { "original": "en", "processing": [] },
              "format": "news",
              "exclude": [
                { "exact": "Advertisement: <iframe src=javascript:alert()></iframe> subscribe today", "reason": "advertisement", "note": "<script>excluded()</script>" }
              ],
              "quotes": [
                { "id": "title-bridge-open", "speaker": "jane-doe", "kind": "direct", "exact": "The bridge <b>is</b> open", "occurrence": 1 },
                { "id": "bridge-open", "speaker": "jane-doe", "kind": "direct", "exact": "The bridge <b>is</b> open", "occurrence": 2, "cue": "said",
                  "note": "<img src=x onerror=alert()>" },
                { "id": "workers-built", "speaker": "jane-doe", "kind": "indirect", "exact": "120 workers built it", "cue": "said" }
              ],
              "figures": [
                { "id": "workers", "exact": "120 workers", "value": 120, "unit": "person", "measure": "workers",
                  "qualifier": "exact", "subject": "<script>subject()</script>", "statedBy": "jane-doe", "note": "<b onclick=alert()>note</b>" }
              ],
              "corrections": [
                { "id": "name", "exact": "<img src=x onerror=alert()>", "correct": "<script>corrected()</script>", "kind": "garbled",
                  "note": "<style>body{display:none}</style>" }
              ]
            }
            """);
        yield return ("registry/people.json", """
            { "people": [
                { "id": "jane-doe", "name": "Jane Doe <script>name()</script>", "kind": "official", "aliases": ["Jane Doe"],
                  "role": "<img src=x onerror=role()>", "affiliation": "<iframe src=javascript:alert()>", "note": "<script>personNote()</script>" }
            ] }
            """);
        yield return ("registry/outlets.json", """
            { "outlets": [ { "id": "example-gazette", "name": "Gazette <script>outlet()</script>", "country": "Nowhere", "language": "en" } ] }
            """);
        yield return ("registry/measures.json", """
            { "measures": [ { "id": "workers", "name": "Workers <img src=x onerror=measure()>", "description": "People who worked" } ] }
            """);
        yield return ("registry/units.json", """
            { "units": [ { "id": "person", "name": "people <script>unit()</script>" } ] }
            """);
    }
}
