using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KzDataset.Synthetic.Export;
using KzDataset.Synthetic.Model;

namespace KzDataset.Synthetic;

/// <summary>
/// A deterministic synthetic corpus in the format of seeds/: texts, sidecars and registries that
/// the generator accepts without a single diagnostic, for benchmarks at any size.
/// The same (articles, seed) always gives the same bytes.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes a complete seeds folder: <c>NNNNNN_hash.txt</c>, one sidecar each, and <c>registry/*.json</c>.</summary>
    public static void Write(string folder, int articles, int seed)
    {
        foreach (var (path, content) in Files(articles, seed))
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, content);
        }
    }

    /// <summary>The seed files by relative path ('/' separated), in ordinal order, as bytes (UTF-8, no BOM).</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> Files(int articles, int seed)
    {
        var (registry, drafts) = Build(articles, seed);
        var files = new List<(string, byte[])>(drafts.Count * 2 + 4);
        foreach (var article in drafts)
        {
            var bytes = Utf8.GetBytes(article.Text);
            files.Add((article.BaseName + ".txt", bytes));
            files.Add((article.BaseName + ".json", SidecarWriter.Write(article, Sha256Hex(bytes))));
        }
        files.AddRange(RegistryWriter.Write(registry).Select(r => ("registry/" + r.Name, r.Content)));
        return files.OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>The same corpus as one JSON document (the bench's JSON baseline), from the maker's own model.</summary>
    public static ExportCorpus Export(int articles, int seed)
    {
        var (registry, drafts) = Build(articles, seed);
        var exported = drafts.Select(a => new ExportArticle(
            a.Id,
            a.BaseName + ".txt",
            Slice(a.Text, a.Title),
            a.Outlet,
            a.OutletNote,
            a.Date,
            a.DateNote,
            "en",
            a.LanguageNote,
            a.Format,
            Body(a),
            a.Exclusions.Select(e => new ExportSpan(e.Span.Start, e.Span.End, e.Reason, e.Note, Slice(a.Text, e.Span))).ToList(),
            a.Turns.Select((t, i) => new ExportTurn(TurnId(i), t.Role, t.Speaker, t.Span.Start, t.Span.End)).ToList(),
            a.Quotes.Select(q => new ExportQuote(q.Id, Slice(a.Text, q.Span), q.Speaker, q.Kind, q.Span.Start, q.Span.End, q.Cue, q.Note))
                .Concat(a.Turns.Select((t, i) => (Turn: t, Index: i)).Where(t => t.Turn.Role == "answer")
                    .Select(t => new ExportQuote(TurnId(t.Index), Slice(a.Text, t.Turn.Span), t.Turn.Speaker!, a.Format + "-answer", t.Turn.Span.Start, t.Turn.Span.End, null, null)))
                .ToList(),
            a.Figures.Select(f => new ExportFigure(f.Id, Slice(a.Text, f.Span), f.Span.Start, f.Span.End, f.Value, f.Lower, f.Upper, f.Unit, f.Measure,
                f.Qualifier, f.Subject, f.StatedBy, f.Note)).ToList(),
            a.Terms.Select(t => new ExportSpan(t.Span.Start, t.Span.End, t.Kind, t.Note, Slice(a.Text, t.Span))).ToList(),
            a.Quotes.Select(q => q.Speaker).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList())).ToList();
        var people = registry.People.Select(p => new ExportPerson(p.Id, p.Name, p.Kind, p.Aliases, p.Affiliation, p.Role, p.Note)).ToList();
        return new ExportCorpus(exported, people);
    }

    private static string TurnId(int index) => "turn-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes <see cref="Export"/> as UTF-8 JSON (camelCase, source-generated serializer).</summary>
    public static void WriteExport(string path, int articles, int seed)
    {
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, Export(articles, seed), ExportJsonContext.Default.ExportCorpus);
    }

    /// <summary>The id of the first article and of its first quote, for typed-member lookups (<c>Quotes.A.Q</c>).</summary>
    public static (string ArticleId, string QuoteId) FirstQuote(int seed)
    {
        var (_, drafts) = Build(1, seed);
        return (drafts[0].Id, drafts[0].Quotes[0].Id);
    }

    internal static string Sha256Hex(string text) => Sha256Hex(Utf8.GetBytes(text));

    internal static string Sha256Hex(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    private static (SyntheticRegistry Registry, List<Article> Articles) Build(int articles, int seed)
    {
        if (articles < 1) throw new ArgumentOutOfRangeException(nameof(articles), "At least one article.");
        var registry = RegistryFactory.Create(articles, new Random(seed));
        var titles = new HashSet<string>(StringComparer.Ordinal);
        // One generator per article, seeded from (seed, index): an article does not depend on the corpus size.
        var drafts = Enumerable.Range(0, articles)
            .Select(i => ArticleComposer.Compose(i, registry, new Random(unchecked(seed * 1_000_003 + i * 7_919 + 17)), titles))
            .ToList();
        return (registry, drafts);
    }

    private static string Slice(string text, Span span) => text.Substring(span.Start, span.Length);

    private static string Body(Article article)
    {
        var builder = new StringBuilder(article.Text.Length);
        var at = 0;
        foreach (var exclusion in article.Exclusions)
        {
            builder.Append(article.Text, at, exclusion.Span.Start - at);
            at = exclusion.Span.End;
        }
        builder.Append(article.Text, at, article.Text.Length - at);
        return builder.ToString();
    }
}
