using System.Collections.Generic;
using System.Globalization;
using KzDataset.Core.Model;
using KzDataset.Format;
using KzDataset.Core.Text;

namespace KzDataset.Core.Validation;

/// <summary>
/// The passage a KZ0100 (or KZ0103) offers to paste: the closest passage to the quotation typed,
/// cut so that pasting it passes. It starts and ends on word boundaries (a number such as "2,500"
/// is one word), never overlaps an excluded span, never crosses a quotation mark when the
/// annotation is a quote with marks, and then sits where the quote's "marks" say.
/// </summary>
internal static class PastablePassage
{
    /// <summary>Which quotation of an anchor the passage stands for.</summary>
    public enum Part
    {
        Exact,
        Start,
        End,
    }

    /// <summary>The best passage of <paramref name="text"/> at or after <paramref name="from"/>, or null when the rules leave none.</summary>
    public static ApproximateMatcher.Match? Find(string text, string quotation, PasteRules rules, Part part, int from = 0)
    {
        ApproximateMatcher.Match? best = null;
        foreach (var region in Regions(text, rules, part, from))
        {
            if (Candidate(text, quotation, region, rules, part) is not { } range) continue;
            var distance = ApproximateMatcher.Distance(quotation, text.Substring(range.Start, range.Length));
            if (best is null || distance < best.Value.Distance) best = new ApproximateMatcher.Match(range.Start, range.End, distance);
        }
        return best;
    }

    // The runs of text a passage may lie in: outside the exclusions (for an end quotation, only up
    // to the first exclusion, since the whole span must stay out of them), and for a quote with
    // marks, between two quotation marks.
    private static IEnumerable<TextRange> Regions(string text, PasteRules rules, Part part, int from)
    {
        var cuts = new List<TextRange>(rules.Excluded);
        cuts.Sort((a, b) => a.Start.CompareTo(b.Start));
        var start = from;
        foreach (var cut in cuts)
        {
            if (cut.End <= start) continue;
            if (cut.Start > start)
            {
                foreach (var piece in Pieces(text, new TextRange(start, cut.Start), rules)) yield return piece;
            }
            if (part == Part.End) yield break;
            start = System.Math.Max(start, cut.End);
        }
        if (start < text.Length)
        {
            foreach (var piece in Pieces(text, new TextRange(start, text.Length), rules)) yield return piece;
        }
    }

    private static IEnumerable<TextRange> Pieces(string text, TextRange region, PasteRules rules)
    {
        if (rules.Marks is null)
        {
            yield return region;
            yield break;
        }
        var start = region.Start;
        for (var i = region.Start; i < region.End; i++)
        {
            if (!TypographicFolding.IsQuotationMark(text[i]) || IsWordLike(text, i)) continue;
            if (i > start) yield return new TextRange(start, i);
            start = i + 1;
        }
        if (region.End > start) yield return new TextRange(start, region.End);
    }

    private static TextRange? Candidate(string text, string quotation, TextRange region, PasteRules rules, Part part)
    {
        var match = ApproximateMatcher.Closest(text, region.Start, region.End, quotation);
        var (start, end) = (match.Start, match.End);
        // A quote with marks spans its whole quotation on the side where a mark is required.
        if (rules.NeedsOpening && part != Part.End) start = region.Start;
        if (rules.NeedsClosing && part != Part.Start) end = region.End;
        start = WordStart(text, start, region);
        end = WordEnd(text, end, region);
        (start, end) = Trim(text, start, end);
        // Where a mark must not be, the passage gives up its first or last word.
        if (rules.Marks == QuoteMarks.Opening && part != Part.Start)
        {
            while (end > start && QuotationMarks.ClosingAfter(text, new TextRange(start, end)) >= 0) (start, end) = Trim(text, start, WordEnd(text, end - 1, new TextRange(start, end - 1), backwards: true));
        }
        if (rules.Marks == QuoteMarks.Closing && part != Part.End)
        {
            while (end > start && QuotationMarks.OpeningBefore(text, new TextRange(start, end)) >= 0) (start, end) = Trim(text, WordStart(text, start + 1, new TextRange(start + 1, end), forwards: true), end);
        }
        if (end <= start) return null;
        var range = new TextRange(start, end);
        if (part == Part.Exact && rules.Marks is { } marks && QuotationMarks.Around(text, range) != marks) return null;
        if (part == Part.Start && rules.NeedsOpening && QuotationMarks.OpeningBefore(text, range) < 0) return null;
        if (part == Part.End && rules.NeedsClosing && QuotationMarks.ClosingAfter(text, range) < 0) return null;
        return range;
    }

    /// <summary>The start moved back to the start of its word, or forward past a word the region cuts.</summary>
    private static int WordStart(string text, int at, TextRange region, bool forwards = false)
    {
        var i = at;
        if (!forwards)
        {
            while (i > region.Start && !IsBoundary(text, i)) i--;
            if (IsBoundary(text, i)) return i;
        }
        i = at;
        while (i < region.End && !IsBoundary(text, i)) i++;
        return i;
    }

    /// <summary>The end moved forward to the end of its word, or back before a word the region cuts.</summary>
    private static int WordEnd(string text, int at, TextRange region, bool backwards = false)
    {
        var i = at;
        if (!backwards)
        {
            while (i < region.End && !IsBoundary(text, i)) i++;
            if (IsBoundary(text, i)) return i;
        }
        i = at;
        while (i > region.Start && !IsBoundary(text, i)) i--;
        return i;
    }

    // Spaces at either end, and punctuation that would open a passage mid-sentence or leave it dangling.
    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or ':' or '.' or '!' or '?' or ')' or ']')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or '(' or '[')) end--;
        return (start, end);
    }

    /// <summary>True when offset <paramref name="at"/> does not split a word.</summary>
    private static bool IsBoundary(string text, int at)
        => at <= 0 || at >= text.Length || !(IsWordLike(text, at - 1) && IsWordLike(text, at));

    // Letters, digits and marks are words; so are separators inside a word or a number ("town's", "2,500", "3.5").
    private static bool IsWordLike(string text, int at)
    {
        var c = text[at];
        if (IsWordChar(c)) return true;
        if (c is not ('\'' or '\u2019' or ',' or '.')) return false;
        return at > 0 && at + 1 < text.Length && IsWordChar(text[at - 1]) && IsWordChar(text[at + 1])
            && (c is '\'' or '\u2019' || (char.IsDigit(text[at - 1]) && char.IsDigit(text[at + 1])));
    }

    private static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c) || char.IsSurrogate(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
