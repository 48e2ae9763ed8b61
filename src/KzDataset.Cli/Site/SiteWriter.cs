using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace KzDataset.Cli.Site;

/// <summary>What one build of the site wrote.</summary>
internal sealed record SiteSummary(int Pages, int Files, long Bytes, int Errors, int Warnings);

/// <summary>
/// Writes the whole site for a model into a folder: the pages, the search index and the two assets.
/// Files are UTF-8 without a byte-order mark, with \n line ends, in ordinal order, so the same corpus
/// gives byte-identical files. Pages of an earlier build that this one no longer has are removed
/// (only *.html files in articles/ and people/, which are the site's own).
/// </summary>
internal static class SiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static SiteSummary Write(SiteModel site, string directory)
    {
        var pages = site.Articles.Where(a => a.Article is not null).ToDictionary(a => a.Id, a => a.Page, StringComparer.Ordinal);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["index.html"] = IndexPageWriter.Write(site),
            ["people.html"] = PeoplePageWriter.WriteList(site),
            ["figures.html"] = FiguresPageWriter.Write(site, pages),
            ["search.html"] = SearchPageWriter.Write(site, site.BuiltArticles.Sum(a => a.Quotes.Count)),
            [SearchIndexWriter.FileName] = SearchIndexWriter.Write(site, pages),
            ["site.css"] = SiteAssets.Read("site.css"),
            ["site.js"] = SiteAssets.Read("site.js"),
        };
        foreach (var article in site.Articles) files["articles/" + article.Page] = ArticlePageWriter.Write(article, site.Name);
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in site.People)
        {
            var page = SiteNames.Page(person.Id);
            if (people.Add(page)) files["people/" + page] = PeoplePageWriter.WritePerson(person, pages, site.Name);
        }

        Directory.CreateDirectory(Path.Combine(directory, "articles"));
        Directory.CreateDirectory(Path.Combine(directory, "people"));
        RemoveStale(directory, "articles", files);
        RemoveStale(directory, "people", files);
        long bytes = 0;
        foreach (var (name, content) in files)
        {
            var data = Utf8.GetBytes(content);
            bytes += data.Length;
            var path = Path.Combine(directory, name);
            // An unchanged file is left alone, so a rebuild touches only what changed.
            if (File.Exists(path) && new FileInfo(path).Length == data.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(data)) continue;
            File.WriteAllBytes(path, data);
        }
        var errors = site.ErrorCount;
        return new SiteSummary(files.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal)), files.Count, bytes, errors, site.DiagnosticCount - errors);
    }

    private static void RemoveStale(string directory, string folder, SortedDictionary<string, string> files)
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(directory, folder), "*.html"))
        {
            if (!files.ContainsKey(folder + "/" + Path.GetFileName(path))) File.Delete(path);
        }
    }
}
