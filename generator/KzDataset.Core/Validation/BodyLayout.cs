using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Model;

namespace KzDataset.Core.Validation;

/// <summary>
/// The article body: the raw text minus the excluded spans, cut into paragraphs at blank lines
/// and at line breaks that border an excluded span (scraped HTML puts one paragraph per line,
/// between excluded tags). A paragraph that an exclusion cuts through keeps both halves, as two segments.
/// </summary>
internal sealed class BodyLayout
{
    private BodyLayout(IReadOnlyList<TextRange> segments, IReadOnlyList<ParagraphModel> paragraphs, string text)
    {
        Segments = segments;
        Paragraphs = paragraphs;
        Text = text;
    }

    /// <summary>The maximal runs of raw text outside every exclusion; with the exclusions they partition the text.</summary>
    public IReadOnlyList<TextRange> Segments { get; }

    public IReadOnlyList<ParagraphModel> Paragraphs { get; }

    /// <summary>The body as a reader sees it: paragraphs joined by a blank line.</summary>
    public string Text { get; }

    public static BodyLayout Build(string raw, IEnumerable<TextRange> exclusions)
    {
        var excludedRanges = exclusions.ToList();
        var segments = Complement(raw.Length, excludedRanges);
        var excluded = new bool[raw.Length];
        foreach (var range in excludedRanges)
        {
            for (var i = range.Start; i < range.End; i++) excluded[i] = true;
        }

        // The view is the body with exclusions removed; view[i] came from raw[map[i]].
        var viewLength = segments.Sum(s => s.Length);
        var view = new char[viewLength];
        var map = new int[viewLength];
        var v = 0;
        foreach (var segment in segments)
        {
            raw.CopyTo(segment.Start, view, v, segment.Length);
            for (var i = segment.Start; i < segment.End; i++) map[v++] = i;
        }

        var paragraphs = new List<ParagraphModel>();
        var viewText = new string(view);
        var pieceStart = 0;
        for (var i = 0; i <= viewText.Length; i++)
        {
            if (i < viewText.Length && !IsParagraphBreak(viewText, i) && !BordersExclusion(viewText, map, excluded, i)) continue;
            AddParagraph(viewText, map, pieceStart, i, paragraphs);
            pieceStart = i + 1;
        }

        return new BodyLayout(segments, paragraphs, Join(raw, paragraphs));
    }

    /// <summary>The paragraphs' text joined by a blank line (see <see cref="ParagraphModel.Join"/>).</summary>
    public static string Join(string raw, IEnumerable<ParagraphModel> paragraphs) => ParagraphModel.Join(raw, paragraphs);

    public static List<TextRange> Complement(int length, IEnumerable<TextRange> exclusions)
    {
        var segments = new List<TextRange>();
        var position = 0;
        foreach (var exclusion in exclusions.OrderBy(e => e.Start))
        {
            if (exclusion.Start > position) segments.Add(new TextRange(position, exclusion.Start));
            if (exclusion.End > position) position = exclusion.End;
        }
        if (position < length) segments.Add(new TextRange(position, length));
        return segments;
    }

    // A line break that is followed, after spaces only, by another line break ends a paragraph.
    private static bool IsParagraphBreak(string view, int i)
    {
        if (view[i] != '\n') return false;
        for (var j = i + 1; j < view.Length; j++)
        {
            var c = view[j];
            if (c == '\n') return true;
            if (!char.IsWhiteSpace(c)) return false;
        }
        return false;
    }

    private static bool BordersExclusion(string view, int[] map, bool[] excluded, int i)
    {
        if (view[i] != '\n') return false;
        var raw = map[i];
        return (raw > 0 && excluded[raw - 1]) || (raw + 1 < excluded.Length && excluded[raw + 1]);
    }

    private static void AddParagraph(string view, int[] map, int start, int end, List<ParagraphModel> paragraphs)
    {
        while (start < end && char.IsWhiteSpace(view[start])) start++;
        while (end > start && char.IsWhiteSpace(view[end - 1])) end--;
        if (start >= end) return;

        // Consecutive view characters from consecutive raw offsets form one segment.
        var segments = new List<TextRange>();
        var segmentStart = map[start];
        for (var i = start + 1; i < end; i++)
        {
            if (map[i] != map[i - 1] + 1)
            {
                segments.Add(new TextRange(segmentStart, map[i - 1] + 1));
                segmentStart = map[i];
            }
        }
        segments.Add(new TextRange(segmentStart, map[end - 1] + 1));
        paragraphs.Add(new ParagraphModel(segments.ToEquatableArray()));
    }
}
