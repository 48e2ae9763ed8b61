using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KzDataset.Generator.Tests.Properties;

/// <summary>
/// What generated code must be, written independently of the generator: which characters may
/// stand raw in it, which ids are slugs, and the member name an id becomes.
/// </summary>
internal static class CodeOracle
{
    /// <summary>The first character a generated source must not hold raw (Cc, Cf, line and paragraph separators, lone surrogates; \n is the only line end), or null.</summary>
    public static string? FirstRawHazard(string source)
    {
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n') continue;
            if (Rune.DecodeFromUtf16(source.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done)
            {
                return $"lone surrogate U+{(int)source[i]:X4} at {Where(source, i)}";
            }
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return $"raw U+{rune.Value:X4} ({category}) at {Where(source, i)}";
            }
            i += length - 1;
        }
        return null;
    }

    private static string Where(string source, int index)
    {
        var line = source.Take(index).Count(c => c == '\n') + 1;
        var start = source.LastIndexOf('\n', System.Math.Max(0, index - 1)) + 1;
        var end = source.IndexOf('\n', index);
        return $"line {line}: {Show.Literal(source.Substring(start, (end < 0 ? source.Length : end) - start))}";
    }

    /// <summary>A lowercase slug: a-z and 0-9 in parts joined by single hyphens, at most 128 characters, nothing after it.</summary>
    public static bool IsSlug(string id)
    {
        if (id.Length is 0 or > 128 || id[0] == '-' || id[^1] == '-' || id.Contains("--", System.StringComparison.Ordinal)) return false;
        return id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
    }

    /// <summary>The member a slug becomes: each part capitalised, joined; a leading digit gets an underscore.</summary>
    public static string Member(string slug)
    {
        var name = string.Concat(slug.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));
        return char.IsAsciiDigit(name[0]) ? "_" + name : name;
    }

    /// <summary>The typed members a clean case must have, as (metadata name of the type, member name, the id it comes from).</summary>
    public static IEnumerable<(string Type, string Member, string Id)> ExpectedMembers(SeedDraft draft, string ns, bool itemMembers)
    {
        foreach (var sidecar in new[] { SeedDraft.JsonFiles[0], SeedDraft.JsonFiles[1] })
        {
            if (Id(draft.Json[sidecar]) is not { } article) continue;
            yield return (ns + ".Articles", Member(article), article);
            if (!itemMembers) continue;
            foreach (var (array, catalog) in new[] { ("quotes", "Quotes"), ("figures", "Figures") })
            {
                foreach (var item in Items(draft.At(sidecar, array)))
                {
                    if (Id(item) is { } local) yield return ($"{ns}.{catalog}+{Member(article)}", Member(local), article + "/" + local);
                }
            }
        }
        foreach (var (file, array, catalog) in new[]
                 {
                     (SeedDraft.JsonFiles[2], "people", "People"), (SeedDraft.JsonFiles[3], "outlets", "Outlets"),
                     (SeedDraft.JsonFiles[4], "measures", "Measures"), (SeedDraft.JsonFiles[5], "units", "Units"),
                 })
        {
            foreach (var entry in Items(draft.At(file, array)))
            {
                if (Id(entry) is not { } id) continue;
                yield return ($"{ns}.{catalog}", Member(id), id);
                if (entry is JsonObjectNode o && o["kind"] is JsonStringNode { Value: "expert" }) yield return ($"{ns}.Experts", Member(id), id);
            }
        }
    }

    /// <summary>Every id the case defines (article, local and registry ids), as written in its files.</summary>
    public static IEnumerable<string> DefinedIds(SeedDraft draft)
    {
        foreach (var sidecar in new[] { SeedDraft.JsonFiles[0], SeedDraft.JsonFiles[1] })
        {
            if (Id(draft.Json[sidecar]) is { } article) yield return article;
            foreach (var array in new[] { "quotes", "figures", "corrections" })
            {
                foreach (var item in Items(draft.At(sidecar, array))) if (Id(item) is { } local) yield return local;
            }
        }
        foreach (var (file, array) in new[] { (SeedDraft.JsonFiles[2], "people"), (SeedDraft.JsonFiles[3], "outlets"), (SeedDraft.JsonFiles[4], "measures"), (SeedDraft.JsonFiles[5], "units") })
        {
            foreach (var entry in Items(draft.At(file, array))) if (Id(entry) is { } id) yield return id;
        }
    }

    private static string? Id(JsonNode? node) => node is JsonObjectNode o && o["id"] is JsonStringNode s ? s.Value : null;

    private static IEnumerable<JsonNode> Items(JsonNode? node) => node is JsonArrayNode a ? a.Items : Enumerable.Empty<JsonNode>();
}
