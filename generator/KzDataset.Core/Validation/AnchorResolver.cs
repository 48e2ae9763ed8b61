using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Core.Model;
using KzDataset.Format;
using KzDataset.Core.Text;

namespace KzDataset.Core.Validation;

/// <summary>
/// Resolves standoff anchors to UTF-16 offsets (end-exclusive) in one verbatim text. Exact
/// matches win; failing that, a match under <see cref="TypographicFolding"/>; failing that, a
/// diagnostic that shows the closest passage and the exact text to paste.
/// </summary>
internal sealed class AnchorResolver
{
    private const int MaxLinesListed = 8;

    private readonly string _text;
    private readonly string _folded;
    private readonly string _fileName;
    private OccurrenceIndex? _index;
    private int _searches;
    private readonly long _indexAfterWork;

    public AnchorResolver(SeedText text)
        : this(text, IndexAfterWork)
    {
    }

    /// <param name="text">The text anchors are resolved in.</param>
    /// <param name="indexAfterWork">How many characters the scans must have cost before the index is built (tests lower it).</param>
    internal AnchorResolver(SeedText text, long indexAfterWork)
    {
        _indexAfterWork = indexAfterWork;
        _text = text.Content;
        _folded = TypographicFolding.Fold(_text);
        _fileName = text.FileName;
        Lines = new LineIndex(_text);
    }

    public LineIndex Lines { get; }

    /// <summary>The span of the anchor, or null after adding the diagnostic that says why not.</summary>
    /// <param name="anchor">The anchor.</param>
    /// <param name="diagnostics">Where a failure is reported.</param>
    /// <param name="rules">What its annotation requires of the span: a passage offered to paste follows them.</param>
    public TextRange? Resolve(RawAnchor anchor, List<DiagnosticInfo> diagnostics, PasteRules? rules = null)
    {
        rules ??= PasteRules.Anywhere;
        var first = anchor.Exact ?? anchor.Start!;
        var candidates = Find(first, 0);
        var filtered = candidates.Where(p => HasContext(p, first.Length, anchor.Prefix, anchor.Suffix)).ToList();

        if (candidates.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.AnchorNotFound, anchor.Location,
                Shorten(first), _fileName, ClosestPassage(first, anchor, rules, anchor.Exact is not null ? PastablePassage.Part.Exact : PastablePassage.Part.Start, 0)));
            return null;
        }
        if (filtered.Count == 0)
        {
            var context = anchor.Prefix is not null && anchor.Suffix is not null ? $"prefix \"{anchor.Prefix}\" and suffix \"{anchor.Suffix}\""
                : anchor.Prefix is not null ? $"prefix \"{anchor.Prefix}\"" : $"suffix \"{anchor.Suffix}\"";
            diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.AnchorNotFound, anchor.Location,
                Shorten(first) + " with " + context, _fileName,
                $"It occurs {candidates.Count} time(s) (lines {LineList(candidates)}), but never with that {(anchor.Prefix is not null ? "prefix" : "suffix")}: copy the text around the one you mean."));
            return null;
        }

        int start;
        if (anchor.Occurrence is { } occurrence)
        {
            if (occurrence > filtered.Count)
            {
                diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.OccurrenceOutOfRange, anchor.Location,
                    occurrence.ToString(CultureInfo.InvariantCulture), Shorten(first),
                    filtered.Count.ToString(CultureInfo.InvariantCulture), _fileName));
                return null;
            }
            start = filtered[occurrence - 1];
        }
        else if (filtered.Count > 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.AnchorAmbiguous, anchor.Location,
                Shorten(first), filtered.Count.ToString(CultureInfo.InvariantCulture), _fileName, LineList(filtered)));
            return null;
        }
        else
        {
            start = filtered[0];
        }

        if (anchor.Exact is not null) return new TextRange(start, start + first.Length);

        var endCandidates = Find(anchor.End!, start + first.Length);
        if (endCandidates.Count == 0)
        {
            var startLine = (Lines.LineOf(start) + 1).ToString(CultureInfo.InvariantCulture);
            var closest = ClosestPassage(anchor.End!, anchor, rules, PastablePassage.Part.End, start + first.Length);
            diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.EndNotAfterStart, anchor.Location,
                Shorten(anchor.End!), startLine, _fileName, ". " + closest));
            return null;
        }
        return new TextRange(start, endCandidates[0] + anchor.End!.Length);
    }

    /// <summary>Start offsets of a quotation at or after <paramref name="from"/>: exact ones, else typographic ones.</summary>
    private List<int> Find(string needle, int from)
    {
        if (needle.Length >= OccurrenceIndex.KeyLength && Index() is { } index) return FindIndexed(index, needle, from);
        var exact = AllIndexes(_text, needle, from);
        return exact.Count > 0 ? exact : AllIndexes(_folded, TypographicFolding.Fold(needle), from);
    }

    // Searches scan the text until the scans have cost far more than building the index would (a
    // typical article never gets there); then the index is built once, so n anchors cost
    // O(L + matches), not O(n × L).
    private OccurrenceIndex? Index()
    {
        if (_index is null && ++_searches > IndexAfterSearches && (long)_searches * _text.Length > _indexAfterWork) _index = new OccurrenceIndex(_folded);
        return _index;
    }

    private const int IndexAfterSearches = 32;
    private const long IndexAfterWork = 1L << 24;

    // Folding maps one character to one, so every exact match is a folded match at the same offset.
    private List<int> FindIndexed(OccurrenceIndex index, string needle, int from)
    {
        var folded = TypographicFolding.Fold(needle);
        var exact = new List<int>();
        var typographic = new List<int>();
        foreach (var position in index.Candidates(folded, from))
        {
            if (position + folded.Length > _folded.Length || string.CompareOrdinal(_folded, position, folded, 0, folded.Length) != 0) continue;
            typographic.Add(position);
            if (string.CompareOrdinal(_text, position, needle, 0, needle.Length) == 0) exact.Add(position);
        }
        return exact.Count > 0 ? exact : typographic;
    }

    private static List<int> AllIndexes(string haystack, string needle, int from)
    {
        var result = new List<int>();
        if (needle.Length == 0) return result;
        var index = from > haystack.Length ? -1 : haystack.IndexOf(needle, from, StringComparison.Ordinal);
        while (index >= 0)
        {
            result.Add(index);
            index = index + 1 > haystack.Length ? -1 : haystack.IndexOf(needle, index + 1, StringComparison.Ordinal);
        }
        return result;
    }

    private bool HasContext(int start, int length, string? prefix, string? suffix)
    {
        if (prefix is not null)
        {
            var p = TypographicFolding.Fold(prefix);
            if (start < p.Length || string.CompareOrdinal(_folded, start - p.Length, p, 0, p.Length) != 0) return false;
        }
        if (suffix is not null)
        {
            var s = TypographicFolding.Fold(suffix);
            var end = start + length;
            if (end + s.Length > _folded.Length || string.CompareOrdinal(_folded, end, s, 0, s.Length) != 0) return false;
        }
        return true;
    }

    private string ClosestPassage(string quotation, RawAnchor anchor, PasteRules rules, PastablePassage.Part part, int from)
    {
        var compared = Math.Min(quotation.Length, 300);
        if (PastablePassage.Find(_text, quotation, rules, part, from) is not { } match || match.Distance > compared / 2)
        {
            return "No passage of the text is close to it: check the file name and the quotation.";
        }
        var passage = _text.Substring(match.Start, match.End - match.Start);
        var line = (Lines.LineOf(match.Start) + 1).ToString(CultureInfo.InvariantCulture);
        var edits = match.Distance.ToString(CultureInfo.InvariantCulture);
        // Escaped as JSON string content either way: control characters never reach a build log raw.
        if (passage.Length > 300)
        {
            // Shown by its ends, so not text to paste: a span that long is anchored by its two ends.
            return $"Closest passage, line {line} ({edits} edit(s) away), too long to show whole: \"{JsonEscaping.Encode(Shorten(passage))}\"; anchor it with \"start\" and \"end\".";
        }
        var shown = JsonEscaping.Encode(passage);
        var how = part == PastablePassage.Part.End ? string.Empty : WhatMakesItUnique(passage, match.Start, anchor);
        return $"Closest passage, line {line} ({edits} edit(s) away): \"{shown}\"; paste that exact text{how}.";
    }

    // The passage as an anchor resolves as this one does (its "exact", or the start of a span):
    // when it occurs more than once, or the anchor already names an occurrence, the message says which.
    private string WhatMakesItUnique(string passage, int start, RawAnchor anchor)
    {
        var all = Find(passage, 0);
        var withContext = all.Where(p => HasContext(p, passage.Length, anchor.Prefix, anchor.Suffix)).ToList();
        var keepsContext = withContext.Contains(start);
        var occurrences = keepsContext ? withContext : all;
        var drop = keepsContext ? string.Empty
            : anchor.Prefix is not null && anchor.Suffix is not null ? " without \"prefix\" and \"suffix\""
            : anchor.Prefix is not null ? " without \"prefix\"" : " without \"suffix\"";
        if (occurrences.Count == 1 && anchor.Occurrence is null) return drop;
        var occurrence = (occurrences.IndexOf(start) + 1).ToString(CultureInfo.InvariantCulture);
        return (drop.Length > 0 ? drop + " and" : string.Empty) + " with \"occurrence\": " + occurrence;
    }

    private string LineList(IReadOnlyList<int> offsets)
    {
        var lines = offsets.Take(MaxLinesListed).Select(o => (Lines.LineOf(o) + 1).ToString(CultureInfo.InvariantCulture));
        var list = string.Join(", ", lines);
        return offsets.Count > MaxLinesListed ? list + ", …" : list;
    }

    /// <summary>Keeps messages readable: long quotations are shown by their ends.</summary>
    internal static string Shorten(string value)
    {
        const int max = 120;
        var flat = value.Replace("\r", " ").Replace("\n", " ");
        return flat.Length <= max ? flat : flat.Substring(0, 70) + " … " + flat.Substring(flat.Length - 40);
    }
}
