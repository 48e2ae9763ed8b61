using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace KzDataset.Cli.Site;

/// <summary>
/// <c>search-index.js</c>: every quote as a JSON array assigned to a global, because a page opened from
/// disk cannot fetch a JSON file. The JSON writer escapes &lt;, &gt;, &amp; and quotes as \u sequences,
/// so no seed text can end the script or become markup; site.js shows the fields as text only.
/// </summary>
internal static class SearchIndexWriter
{
    public const string FileName = "search-index.js";

    /// <summary>One quote: its text, speaker, article and outlet, and the link to its place.</summary>
    private sealed record Entry(string Text, string Speaker, string Article, string Outlet, string Href);

    public static string Write(SiteModel site, IReadOnlyDictionary<string, string> pages)
    {
        var entries = site.BuiltArticles.OrderBy(a => a.Id, StringComparer.Ordinal)
            .SelectMany(a => a.Quotes.OrderBy(q => q.Span.Start).Select(q => new Entry(q.Text, q.Speaker.Name, a.Title ?? a.Id, a.Outlet.Name,
                "articles/" + pages[a.Id] + "#q-" + SiteNames.Fragment(q.LocalId))))
            .ToList();
        var json = JsonSerializer.Serialize(entries, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
        return "window.kzSearchIndex = " + json + ";\n";
    }
}
