using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KzDataset.Cli.Seeds;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Core.Parsing;
using KzDataset.Core.Steps;
using KzDataset.Rendering;

namespace KzDataset.Cli.Site;

/// <summary>
/// Builds the site's model from a seeds folder: the checks run as <c>kz check</c> runs them; every
/// article the runtime can build is shown from it (with its errors, if any), and every text or
/// sidecar that did not become an article is shown from its text file with its diagnostics.
/// </summary>
internal static class SiteModelBuilder
{
    /// <param name="folder">The seeds.</param>
    /// <param name="compiled">The corpus compiled from them, when there is one (the bundled corpus, whose seeds are not on disk).</param>
    public static SiteModel Build(SeedFolder folder, Corpus? compiled = null)
    {
        var result = folder.Check();
        var corpus = compiled ?? folder.Build(result);
        var files = folder.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var byBase = result.Diagnostics
            .Where(d => InArticleFile(d, files))
            .ToLookup(d => SeedFileNames.BaseName(d.Location.Path!), StringComparer.Ordinal);

        var articles = new List<SiteArticle>();
        var pages = new HashSet<string>(StringComparer.Ordinal);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var (built, people) = Readable(corpus);
        foreach (var article in built.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var baseName = SeedFileNames.BaseName(article.SeedFile);
            AnnotatedText text;
            try
            {
                text = AnnotatedText.From(article);
            }
            catch (InvalidDataException)
            {
                continue; // Its data cannot be read (its registry entries failed their checks, say): shown from its text below.
            }
            shown.Add(baseName);
            articles.Add(Article(article.Id, pages, article, baseName, text, byBase[baseName], files, folder, Annotations(article)));
        }

        // Texts and sidecars that did not become an article: their text (if any) and their diagnostics.
        var unbuilt = folder.Files.Where(f => f.Kind is SeedKind.Text or SeedKind.Sidecar)
            .GroupBy(f => SeedFileNames.BaseName(f.Path), StringComparer.Ordinal)
            .Where(g => !shown.Contains(g.Key))
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in unbuilt)
        {
            var raw = group.FirstOrDefault(f => f.Kind == SeedKind.Text)?.Content ?? string.Empty;
            var empty = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            articles.Add(Article(group.Key, pages, null, group.Key, new AnnotatedText(raw, []), byBase[group.Key], files, folder, empty));
        }

        // Every text and sidecar has a page, so what is left is the registries' and the corpus's own.
        var elsewhere = Ordered(result.Diagnostics.Where(d => !InArticleFile(d, files)))
            .Select((d, i) => Diagnostic(d, i + 1, folder, null))
            .ToList();
        var unreadable = folder.Files.Where(f => f.Problem is not null)
            .Select((f, i) => new SiteDiagnostic(elsewhere.Count + i + 1, "IO", true, f.Problem!, Shown(folder, f.Path), 1, 1, null, null));
        return new SiteModel(SiteName(folder), articles, people, elsewhere.Concat(unreadable).ToList());
    }

    private static SiteArticle Article(string id, HashSet<string> pages, Article? article, string baseName, AnnotatedText text,
        IEnumerable<DiagnosticInfo> diagnostics, Dictionary<string, SeedFolder.SeedFile> files, SeedFolder folder, IReadOnlyDictionary<string, (int Start, int End)> annotations)
    {
        var placed = Ordered(diagnostics).Select((d, i) =>
        {
            var inText = files[d.Location.Path!].Kind == SeedKind.Text;
            return Diagnostic(d, i + 1, folder, DiagnosticPlacer.Place(d, inText, text.Text, annotations));
        }).ToList();
        var marks = placed.Where(d => d.Placed).Select(d => new TextMark(TextMarkKind.Diagnostic, d.Start!.Value, d.End!.Value)
        {
            Id = d.Anchor,
            Label = d.Code,
            Category = d.Severity,
            Detail = d.Code + ": " + d.Message,
        });
        // Two pages never share a file, whatever two hostile ids make of their names.
        var page = SiteNames.Page(article is null ? "unbuilt-" + id.ToLowerInvariant().Replace('_', '-') : id);
        for (var n = 2; !pages.Add(page); n++) page = SiteNames.Safe(id) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".html";
        return new SiteArticle(id, page, article, baseName, text.With(marks), placed);
    }

    /// <summary>
    /// The articles and people the runtime can read. A registry file that failed its checks cannot be
    /// read at all: then no article is built, and every one is shown from its text with its diagnostics.
    /// </summary>
    private static (IReadOnlyList<Article> Articles, IReadOnlyList<Person> People) Readable(Corpus corpus)
    {
        try
        {
            return (corpus.Articles.ToList(), corpus.People.OrderBy(p => p.Id, StringComparer.Ordinal).ToList());
        }
        catch (InvalidDataException)
        {
            return ([], []);
        }
    }

    private static bool InArticleFile(DiagnosticInfo diagnostic, Dictionary<string, SeedFolder.SeedFile> files)
        => diagnostic.Location.Path is { } path && files.TryGetValue(path, out var file) && file.Kind is SeedKind.Text or SeedKind.Sidecar;

    private static IEnumerable<DiagnosticInfo> Ordered(IEnumerable<DiagnosticInfo> diagnostics) => diagnostics
        .OrderBy(d => d.Location.Path ?? string.Empty, StringComparer.Ordinal)
        .ThenBy(d => d.Location.StartLine).ThenBy(d => d.Location.StartColumn)
        .ThenBy(d => d.Id, StringComparer.Ordinal);

    private static SiteDiagnostic Diagnostic(DiagnosticInfo d, int number, SeedFolder folder, (int Start, int End)? place)
        => new(number, d.Id, d.Rule.Severity == KzSeverity.Error, d.Message,
            d.Location.Path is { Length: > 0 } path ? Shown(folder, path) : SiteName(folder),
            d.Location.StartLine + 1, d.Location.StartColumn + 1, place?.Start, place?.End);

    /// <summary>The corpus's name in the pages: its folder's name (not its full path, so the pages do not depend on where it is).</summary>
    private static string SiteName(SeedFolder folder)
        => Path.IsPathRooted(folder.Name) ? Path.GetFileName(Path.TrimEndingDirectorySeparator(folder.Name)) : "KzDataset";

    /// <summary>A seed file's path as the site shows it: relative to the seeds folder, so the pages do not depend on where it is.</summary>
    private static string Shown(SeedFolder folder, string path)
        => Path.IsPathRooted(path) ? Path.GetRelativePath(folder.Name, path).Replace('\\', '/') : path;

    private static Dictionary<string, (int Start, int End)> Annotations(Article article)
    {
        var spans = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var quote in article.Quotes) spans.TryAdd(quote.LocalId, (quote.Span.Start, quote.Span.End));
        foreach (var figure in article.Figures) spans.TryAdd(figure.LocalId, (figure.Span.Start, figure.Span.End));
        foreach (var correction in article.Corrections) spans.TryAdd(correction.LocalId, (correction.Span.Start, correction.Span.End));
        foreach (var turn in article.Turns) spans.TryAdd(turn.LocalId, (turn.Span.Start, turn.Span.End));
        return spans;
    }
}
