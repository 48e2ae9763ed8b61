using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using KzDataset.Format;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// The corpus checked against the seed files read independently (System.Text.Json on the
/// sidecars, File.ReadAllLines on the texts), not against the expressions that compute it.
/// </summary>
public sealed class SidecarOracleTests
{
    public static TheoryData<string> ArticleIds => new(Articles.All.Select(a => a.Id));

    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static JsonElement Sidecar(Article article)
    {
        var path = Path.Combine(RepositoryPaths.Seeds, Path.ChangeExtension(article.SeedFile, ".json"));
        return JsonDocument.Parse(File.ReadAllText(path), Lenient).RootElement.Clone();
    }

    private static IEnumerable<JsonElement> Entries(JsonElement sidecar, string array)
        => sidecar.TryGetProperty(array, out var items) ? items.EnumerateArray() : Enumerable.Empty<JsonElement>();

    /// <summary>The span's text is what the anchor quotes (under the documented typographic equivalence).</summary>
    private static bool IsQuotationOf(JsonElement anchor, string text)
    {
        var folded = TypographicFolding.Fold(text);
        if (anchor.TryGetProperty("exact", out var exact)) return TypographicFolding.Fold(exact.GetString()!) == folded;
        var start = TypographicFolding.Fold(anchor.GetProperty("start").GetString()!);
        var end = TypographicFolding.Fold(anchor.GetProperty("end").GetString()!);
        return folded.StartsWith(start, StringComparison.Ordinal) && folded.EndsWith(end, StringComparison.Ordinal);
    }

    private static void AssertQuotes(JsonElement anchor, string text, string what)
        => Assert.True(IsQuotationOf(anchor, text), $"{what}: \"{text}\" is not what its anchor {anchor.GetRawText()} quotes");

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Quote_figure_and_correction_texts_are_their_sidecar_quotations(string id)
    {
        var article = Articles.ById(id)!;
        var sidecar = Sidecar(article);
        var checkedSpans = 0;
        foreach (var entry in Entries(sidecar, "quotes"))
        {
            var localId = entry.GetProperty("id").GetString()!;
            AssertQuotes(entry, article.Quotes.Single(q => q.LocalId == localId).Text, "quote " + localId);
            checkedSpans++;
        }
        foreach (var entry in Entries(sidecar, "figures"))
        {
            var localId = entry.GetProperty("id").GetString()!;
            AssertQuotes(entry, article.Figures.Single(f => f.LocalId == localId).Text, "figure " + localId);
            checkedSpans++;
        }
        foreach (var entry in Entries(sidecar, "corrections"))
        {
            var localId = entry.GetProperty("id").GetString()!;
            AssertQuotes(entry, article.Corrections.Single(c => c.LocalId == localId).Text, "correction " + localId);
            checkedSpans++;
        }
        var exclusions = Entries(sidecar, "exclude").ToList();
        Assert.Equal(exclusions.Count, article.Excluded.Count);
        foreach (var entry in exclusions)
        {
            Assert.Contains(article.Excluded, e => IsQuotationOf(entry, e.Text));
        }
        if (sidecar.GetProperty("title").ValueKind == JsonValueKind.Object) AssertQuotes(sidecar.GetProperty("title"), article.Title!, "title");
        Assert.Equal(Entries(sidecar, "quotes").Count() + Entries(sidecar, "figures").Count() + Entries(sidecar, "corrections").Count(), checkedSpans);
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Spans_report_the_line_the_seed_file_has_them_on(string id)
    {
        var article = Articles.ById(id)!;
        // File.ReadAllLines splits lines its own way: an oracle independent of the library's line index.
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Seeds, article.SeedFile));
        var spans = article.Quotes.Select(q => (q.Id, q.Span)).Concat(article.Figures.Select(f => (f.Id, f.Span))).ToList();
        Assert.NotEmpty(spans);
        foreach (var (what, span) in spans)
        {
            var firstLine = span.Text.Split('\n')[0].TrimEnd('\r');
            Assert.True(span.Line >= 1 && span.Line <= lines.Length, $"{what}: line {span.Line}");
            Assert.True(lines[span.Line - 1].Contains(firstLine, StringComparison.Ordinal), $"{what}: line {span.Line} is \"{lines[span.Line - 1]}\", not where \"{firstLine}\" starts");
        }
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Publication_date_is_the_sidecar_date(string id)
    {
        var article = Articles.ById(id)!;
        var published = Sidecar(article).GetProperty("published");
        var parts = published.GetProperty("date").GetString()!.Split('-').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(new DateOnly(parts[0], parts.Length > 1 ? parts[1] : 1, parts.Length > 2 ? parts[2] : 1), article.Published.Earliest);
        Assert.Equal(parts.Length > 2 ? (int?)parts[2] : null, article.Published.Day);
        Assert.Equal(published.TryGetProperty("inferred", out var inferred) && inferred.GetBoolean(), article.Published.Inferred);
    }
}
