using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Core.Parsing;
using KzDataset.Core.Validation;

namespace KzDataset.Core.Drafting;

/// <summary>
/// <c>kz draft --update</c>: drafts a text again and keeps only what its sidecar does not cover (no
/// overlap with any span the sidecar annotates), appended at the end of the sidecar's lists with
/// ids the sidecar does not use. New turns only when the sidecar has none (turns are kept in order).
/// </summary>
internal static class DraftUpdater
{
    public static DraftResult Update(string textFileName, string text, string sidecarJson, DraftContext context)
    {
        var sidecarPath = SeedFileNames.BaseName(textFileName) + ".json";
        var parsed = SidecarParser.Parse(sidecarPath, sidecarJson);
        var raw = parsed.Article;
        if (raw is null)
        {
            var error = parsed.Diagnostics.FirstOrDefault(d => d.Rule.Severity == Diagnostics.KzSeverity.Error);
            throw new DraftException($"{sidecarPath}: cannot be read for --update: {error?.Message ?? "invalid sidecar"}");
        }
        var resolver = new AnchorResolver(SeedTextReader.Create(textFileName, text));
        var scratch = new List<DiagnosticInfo>();
        List<TextRange> Resolve(IEnumerable<RawAnchor> anchors)
            => anchors.Select(a => resolver.Resolve(a, scratch)).Where(r => r is not null).Select(r => r!.Value).ToList();

        var exclusions = Resolve(raw.Exclusions.Select(e => e.Anchor));
        var turns = Resolve(raw.Turns.Select(t => t.Anchor));
        var quoted = Resolve(raw.Quotes.Select(q => q.Anchor).Concat(raw.Terms.Select(t => t.Anchor)));
        var counted = Resolve(raw.Figures.Select(f => f.Anchor));
        var ignored = Resolve(raw.Ignores.Select(i => i.Anchor));
        var annotated = quoted.Concat(counted).Concat(ignored).Concat(Resolve(raw.Corrections.Select(c => c.Anchor))).ToList();
        var ids = new HashSet<string>(raw.Quotes.Select(q => q.Id.Id).Concat(raw.Figures.Select(f => f.Id.Id)).Concat(raw.Corrections.Select(c => c.Id.Id)), StringComparer.Ordinal);

        var page = new DraftPage(text, context.Rules);
        var document = Drafter.Propose(page, context, exclusions, annotated.Concat(turns).ToList());
        // A new quote or term must not touch a quoted span (a quotation mark next to a quote is that quote's);
        // a new figure or ignore entry must not overlap a figure or an ignore entry (numbers inside quotes are figures too).
        var takenMarks = quoted.Concat(ignored).Select(r => new TextRange(Math.Max(0, r.Start - 1), r.End + 1)).ToList();
        var takenNumbers = counted.Concat(ignored).ToList();
        Func<DraftItem, bool> Free(List<TextRange> taken) => item => !taken.Any(t => t.Overlaps(item.Range));

        var writer = new SidecarWriter(new AnchorWriter(text));
        var json = sidecarJson;
        var reviews = 0;
        var counts = new int[6];
        void Append(string list, IEnumerable<DraftItem> items, int slot)
        {
            var entries = new List<string>();
            foreach (var item in items)
            {
                entries.Add(SidecarWriter.InlineEntry(writer.Entry(Renamed(item, ids)), out var itemReviews));
                reviews += itemReviews;
            }
            counts[slot] = entries.Count;
            json = JsonListAppender.Append(json, list, entries, sidecarPath);
        }

        Append("exclude", document.Exclusions, 0);
        Append("turns", turns.Count == 0 ? document.Turns : new List<DraftItem>(), 1);
        Append("quotes", document.Quotes.Where(Free(takenMarks)), 2);
        Append("figures", document.Figures.Where(Free(takenNumbers)), 3);
        Append("terms", document.Terms.Where(Free(takenMarks)), 4);
        // A stray mark is a quotation's concern, a number's ignore entry a figure's.
        Append("ignore", document.Ignores.Where(i => Equals(i.Fields[0].Value, "stray-mark") ? Free(takenMarks)(i) : Free(takenNumbers)(i)), 5);
        var result = new DraftCounts(counts[2], counts[1], counts[3], counts[0], counts[5], counts[4], reviews);
        return new DraftResult(json, document.NewPeople, document.NewOutlets, result);
    }

    // An id the sidecar already uses gets a number.
    private static DraftItem Renamed(DraftItem item, HashSet<string> ids)
    {
        if (item.Fields.Count == 0 || item.Fields[0].Name != "id" || item.Fields[0].Value is not string id) return item;
        var unique = id;
        for (var n = 2; ids.Contains(unique); n++) unique = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids.Add(unique);
        if (unique == id) return item;
        var fields = item.Fields.ToArray();
        fields[0] = ("id", unique);
        return new DraftItem(item.Range, item.Review, fields) { LongSpan = item.LongSpan };
    }
}
