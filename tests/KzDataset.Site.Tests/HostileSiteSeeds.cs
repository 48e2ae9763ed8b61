using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace KzDataset.Site.Tests;

/// <summary>
/// A small valid seeds folder whose text, title, names and notes hold markup that would leave a trace if
/// a page ran it: a script that sets a global, handlers that change the title. The site must show all of
/// it as characters.
/// </summary>
internal static class HostileSiteSeeds
{
    /// <summary>The global a hostile script would set.</summary>
    public const string Global = "kzPwned";

    /// <summary>The title a hostile handler would set.</summary>
    public const string PwnedTitle = "pwned";

    public const string Script = "<script>window.kzPwned=1</script>";

    public const string Image = "<img src=x onerror=document.title='pwned'>";

    public const string Text = "Bridge " + Script + " opens: \"The bridge <b>is</b> open\"\n\n"
        + "RIVERTOWN – \"The bridge <b>is</b> open,\" said Jane Doe " + Image + ". She said 120 workers built it.\n\n"
        + "Advertisement: <iframe src=javascript:window.kzPwned=2></iframe> subscribe today\n";

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
              "title": { "exact": "Bridge <script>window.kzPwned=1</script> opens: \"The bridge <b>is</b> open\"" },
              "titleNote": "<script>window.kzPwned=3</script>",
              "outlet": { "id": "example-gazette", "inferred": false, "cues": [ { "exact": "RIVERTOWN" } ], "note": "<svg onload=document.title='pwned'>" },
              "published": { "date": "2024-01", "inferred": true, "note": "<a href=javascript:window.kzPwned=4>date</a>" },
              "language": { "original": "en", "processing": [] },
              "format": "news",
              "exclude": [
                { "exact": "Advertisement: <iframe src=javascript:window.kzPwned=2></iframe> subscribe today", "reason": "advertisement",
                  "note": "<script>window.kzPwned=5</script>" }
              ],
              "quotes": [
                { "id": "title-bridge-open", "speaker": "jane-doe", "kind": "direct", "exact": "The bridge <b>is</b> open", "occurrence": 1 },
                { "id": "bridge-open", "speaker": "jane-doe", "kind": "direct", "exact": "The bridge <b>is</b> open", "occurrence": 2, "cue": "said",
                  "note": "<img src=x onerror=document.title='pwned'>" },
                { "id": "workers-built", "speaker": "jane-doe", "kind": "indirect", "exact": "120 workers built it", "cue": "said" }
              ],
              "figures": [
                { "id": "workers", "exact": "120 workers", "value": 120, "unit": "person", "measure": "workers",
                  "qualifier": "exact", "subject": "<script>window.kzPwned=6</script>", "statedBy": "jane-doe",
                  "note": "<b onclick=document.title='pwned'>note</b>" }
              ],
              "corrections": [
                { "id": "name", "exact": "<img src=x onerror=document.title='pwned'>", "correct": "<script>window.kzPwned=7</script>",
                  "kind": "garbled", "note": "<style>body{display:none}</style>" }
              ]
            }
            """);
        yield return ("registry/people.json", """
            { "people": [
                { "id": "jane-doe", "name": "Jane Doe <script>window.kzPwned=8</script>", "kind": "official", "aliases": ["Jane Doe"],
                  "role": "<img src=x onerror=document.title='pwned'>", "affiliation": "<iframe src=javascript:window.kzPwned=9>",
                  "note": "<script>window.kzPwned=10</script>" }
            ] }
            """);
        yield return ("registry/outlets.json", """
            { "outlets": [ { "id": "example-gazette", "name": "Gazette <script>window.kzPwned=11</script>", "country": "Nowhere", "language": "en" } ] }
            """);
        yield return ("registry/measures.json", """
            { "measures": [ { "id": "workers", "name": "Workers <img src=x onerror=document.title='pwned'>", "description": "People who worked" } ] }
            """);
        yield return ("registry/units.json", """
            { "units": [ { "id": "person", "name": "people <script>window.kzPwned=12</script>" } ] }
            """);
    }
}
