using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Model;
using KzDataset.Format;

namespace KzDataset.Core.Drafting;

/// <summary>
/// Quotes from the text's quotation marks (straight, curly, guillemets; a split quotation's second
/// part takes the cue between the two), and indirect speech from a reporting verb followed by
/// "that". A short quotation with no cue is a term (a scare quote); a mark left without a partner is
/// an ignore entry (a stray mark).
/// </summary>
internal sealed class QuoteFinder
{
    private readonly DraftPage _page;
    private readonly DraftContext _context;
    private readonly DraftDocument _document;
    private readonly SpeakerFinder _speakers;
    private readonly List<TextRange> _quoted = new();
    private readonly HashSet<int> _strays = new();

    public QuoteFinder(DraftPage page, DraftContext context, MentionIndex mentions, DraftDocument document)
    {
        _page = page;
        _context = context;
        _document = document;
        _speakers = new SpeakerFinder(page, context, mentions, document);
    }

    public void FindDirect(TurnFinder.Result turns)
    {
        var pairs = new List<(int Open, int Close, TextRange Inner)>();
        foreach (var line in _page.Lines)
        {
            var marks = new List<int>();
            for (var i = line.Start; i < line.End; i++)
            {
                if (TypographicFolding.Fold(_page.Text[i]) == '"' && !_page.IsExcluded(i)) marks.Add(i);
            }
            PairMarks(marks, line, pairs);
        }

        var found = new List<(TextRange Inner, bool OpeningOnly, (string Id, string Cue, string How)? Speaker, int Open)>();
        var previousClose = -1;
        (string Id, string Cue, string How)? previous = null;
        for (var k = 0; k < pairs.Count; k++)
        {
            var (open, close, inner) = pairs[k];
            var openingOnly = close < 0;
            var sameLine = previousClose >= 0 && _page.LineOf(previousClose) == _page.LineOf(open);
            var before = _speakers.Before(open, sameLine ? previousClose + 1 : 0);
            var farBefore = false;
            if (!sameLine && _page.Of(before).Trim().Length == 0 && before.Start > 0)
            {
                farBefore = true;
                // A quotation that opens its paragraph takes its cue from the sentence before, even in the paragraph before.
                var previousEnd = before.Start - 1;
                while (previousEnd > 0 && char.IsWhiteSpace(_page.Text[previousEnd])) previousEnd--;
                before = _speakers.Before(previousEnd, 0);
            }
            var nextOpen = k + 1 < pairs.Count ? pairs[k + 1].Open : _page.Text.Length;
            // A quotation that ends its sentence ("… in detention.”) takes no cue from the next sentence, unless
            // that goes on in lower case ("“Go!” he said").
            var endsSentence = _page.Text[inner.End - 1] is '.' or '!' or '?' && !StartsLowerCase(close + 1);
            var after = openingOnly || endsSentence ? new TextRange(inner.End, inner.End) : _speakers.After(close + 1, nextOpen);
            var a = _speakers.Find(after, verbFirst: true, _page.Patterns.ReportingVerbs, referBefore: open);
            var b = _speakers.Find(before, verbFirst: false, _page.Patterns.ReportingVerbs, titledOnly: farBefore);
            (string Id, string Cue, string How)? speaker = null;
            if (a?.Id is { } afterId) speaker = (afterId, a.Value.Cue, a.Value.How);
            else if (b?.Id is { } beforeId) speaker = (beforeId, b.Value.Cue, b.Value.How);
            else if ((a ?? b) is { } cueOnly && sameLine && previous is { } split) speaker = (split.Id, cueOnly.Cue, "the first part of this split quotation");
            else if (a is { } afterCue && _speakers.Subject(before) is { } subject) speaker = (subject, afterCue.Cue, "the subject of the sentence before the cue \"" + afterCue.Cue + "\"");
            found.Add((inner, openingOnly, speaker, open));
            previous = speaker;
            previousClose = openingOnly ? inner.End : close;
        }

        var maxTermWords = _context.Rules.TermMaxWords ?? 3;
        var soleAnswerer = turns.AnswerSpeakers.Count == 1 ? turns.AnswerSpeakers.First() : null;
        for (var n = 0; n < found.Count; n++)
        {
            var (inner, openingOnly, speaker, open) = found[n];
            var words = _page.Of(inner).Split(new[] { ' ', '\n', '\u00A0' }, System.StringSplitOptions.RemoveEmptyEntries).Length;
            if (speaker is null && words > maxTermWords && !openingOnly)
            {
                speaker = soleAnswerer is not null ? (soleAnswerer, null!, "the interview's only answerer (no cue beside it)") : Neighbour(found.Select(f => (f.Inner, f.Speaker)).ToList(), n);
            }
            var expected = openingOnly ? QuoteMarks.Opening : QuoteMarks.Both;
            if (Validation.QuotationMarks.Around(_page.Text, inner) != expected || (openingOnly && speaker is null))
            {
                Stray(open);
                if (!openingOnly) Stray(Validation.QuotationMarks.ClosingAfter(_page.Text, inner));
                continue;
            }
            if (speaker is null || (words <= maxTermWords && !speaker.Value.How.StartsWith("the ", System.StringComparison.Ordinal)))
            {
                _document.Terms.Add(new DraftItem(inner, "Drafted: a short quotation with no reporting verb beside it, taken for a scare quote. Make it a quote if someone's words are quoted.",
                    ("kind", "scare-quote")));
                continue;
            }
            var (id, cue, how) = speaker.Value;
            _quoted.Add(inner);
            _document.Quotes.Add(new DraftItem(inner, $"Drafted: a direct quote{(openingOnly ? " whose closing mark is missing (taken to end with its sentence)" : string.Empty)}; speaker from {how}. Check the span and the speaker.",
                ("id", QuoteId(id, inner)), ("speaker", id), ("kind", "direct"), ("marks", openingOnly ? "opening" : null), ("cue", cue)));
        }
    }

    private bool StartsLowerCase(int from)
    {
        var i = from;
        while (i < _page.Text.Length && _page.Text[i] is ' ' or '\u00A0') i++;
        return i < _page.Text.Length && char.IsLower(_page.Text[i]);
    }

    private void Stray(int mark)
    {
        if (mark < 0 || !_strays.Add(mark)) return;
        _document.Ignores.Add(new DraftItem(new TextRange(mark, mark + 1), "Drafted: a quotation mark with no partner in its paragraph. Check no quotation is left unannotated.",
            ("reason", "stray-mark")));
    }

    /// <summary>Single opening marks (‘) outside the quotes found: a term up to the closing ’, or a stray mark.</summary>
    public void FindSingle()
    {
        var covered = Coverage(_quoted.Concat(_document.Terms.Select(t => t.Range)));
        foreach (var line in _page.Lines)
        {
            for (var i = line.Start; i < line.End; i++)
            {
                if (_page.Text[i] != '\u2018' || _page.IsExcluded(i) || covered[i]) continue;
                var close = i + 1;
                while (close < line.End && !(_page.Text[close] == '\u2019' && (close + 1 >= line.End || !char.IsLetter(_page.Text[close + 1])))) close++;
                if (close < line.End && Inner(i, close) is { } inner)
                {
                    _document.Terms.Add(new DraftItem(inner, "Drafted: a quotation in single marks, taken for a scare quote. Make it a quote if someone's words are quoted.",
                        ("kind", "scare-quote")));
                    i = close;
                    continue;
                }
                _document.Ignores.Add(new DraftItem(new TextRange(i, i + 1), "Drafted: a single quotation mark with no partner in its paragraph. Check no quotation is left unannotated.",
                    ("reason", "stray-mark")));
            }
        }
    }

    public void FindIndirect(TurnFinder.Result turns)
    {
        var inTurn = Coverage(turns.Spans);
        var quoted = Coverage(_quoted);
        foreach (System.Text.RegularExpressions.Match match in _page.Patterns.IndirectVerbs.Matches(_page.Text))
        {
            var verbEnd = match.Index + match.Length;
            if (_page.IsExcluded(match.Index) || inTurn[match.Index]) continue;
            var that = _page.Text.IndexOf(" that ", verbEnd, System.StringComparison.Ordinal);
            if (that != verbEnd) continue;
            var start = that + 6;
            var end = start;
            while (end < _page.Text.Length && _page.Text[end] is not ('.' or '\n' or ';' or '?' or '!')) end++;
            var span = new TextRange(start, end);
            if (span.Length < 15 || HasMark(span) || quoted[span.Start] || quoted[span.End - 1] || _page.TouchesExcluded(span)) continue;
            var before = _speakers.Before(match.Index + match.Length, 0);
            var speaker = _speakers.Find(before, verbFirst: false, _page.Patterns.IndirectVerbs);
            if (speaker?.Id is not { } id) continue;
            var (cue, how) = (speaker.Value.Cue, speaker.Value.How);
            _quoted.Add(span);
            _document.Quotes.Add(new DraftItem(span, $"Drafted: indirect speech after \"{cue} that\"; speaker from {how}. Check the span and the speaker.",
                ("id", QuoteId(id, span)), ("speaker", id), ("kind", "indirect"), ("cue", cue)));
        }
    }

    // A long quotation with no cue of its own continues the nearest quoted speaker of its paragraph, else of the text.
    private (string, string, string)? Neighbour(List<(TextRange Inner, (string Id, string Cue, string How)? Speaker)> found, int n)
    {
        int previous = n - 1, next = n + 1;
        while (previous >= 0 && found[previous].Speaker is null) previous--;
        while (next < found.Count && found[next].Speaker is null) next++;
        var line = _page.LineOf(found[n].Inner.Start);
        bool SameLine(int i) => i >= 0 && i < found.Count && _page.LineOf(found[i].Inner.Start) == line;
        var pick = SameLine(previous) ? previous : SameLine(next) ? next
            : previous >= 0 && (next >= found.Count || n - previous <= next - n) ? previous
            : next < found.Count ? next : -1;
        if (pick < 0) return null;
        var (id, cue, _) = found[pick].Speaker!.Value;
        return (id, cue, "a neighbouring quotation's cue (this one has none)");
    }

    // Marks pair in order within a paragraph; a mark that clearly opens (a curly or angle opening mark
    // after a space, before a word) is not taken to close the one before, which then opens a quotation
    // whose closing mark is missing (Close -1: it runs to the end of its sentence).
    private void PairMarks(List<int> marks, TextRange line, List<(int, int, TextRange)> pairs)
    {
        var i = 0;
        while (i < marks.Count)
        {
            var mark = marks[i];
            if (i + 1 < marks.Count && !ClearlyClosing(mark) && !ClearlyOpening(marks[i + 1]) && Inner(mark, marks[i + 1]) is { } inner
                && _page.Text[mark] != '\u00BB' && _page.Text[marks[i + 1]] != '\u00AB')
            {
                pairs.Add((mark, marks[i + 1], inner));
                i += 2;
                continue;
            }
            if (ClearlyOpening(mark) && SentenceEnd(mark + 1, i + 1 < marks.Count ? marks[i + 1] : line.End) is { } end && Inner(mark, end) is { } rest)
            {
                pairs.Add((mark, -1, rest));
            }
            else
            {
                Stray(mark);
            }
            i++;
        }
    }

    private bool ClearlyOpening(int i)
        => _page.Text[i] is '\u201C' or '\u00AB' or '\u201E'
           && (i == 0 || char.IsWhiteSpace(_page.Text[i - 1]) || _page.Text[i - 1] == '(')
           && i + 1 < _page.Text.Length && char.IsLetterOrDigit(_page.Text[i + 1]);

    private bool ClearlyClosing(int i)
        => _page.Text[i] is '\u201D' or '\u00BB'
           && i > 0 && !char.IsWhiteSpace(_page.Text[i - 1])
           && (i + 1 >= _page.Text.Length || !char.IsLetterOrDigit(_page.Text[i + 1]));

    // The end (after its full stop) of the sentence that starts at from, before limit; null when none.
    private int? SentenceEnd(int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            if (_page.Text[i] is '.' or '!' or '?' && (i + 1 >= _page.Text.Length || char.IsWhiteSpace(_page.Text[i + 1]))) return i + 1;
        }
        return null;
    }

    private TextRange? Inner(int open, int close)
    {
        var start = open + 1;
        var end = close;
        while (start < end && char.IsWhiteSpace(_page.Text[start])) start++;
        while (end > start && char.IsWhiteSpace(_page.Text[end - 1])) end--;
        return end - start < 2 ? null : new TextRange(start, end);
    }

    private bool[] Coverage(IEnumerable<TextRange> ranges)
    {
        var covered = new bool[_page.Text.Length + 1];
        foreach (var range in ranges)
        {
            for (var i = range.Start; i < range.End; i++) covered[i] = true;
        }
        return covered;
    }

    private bool HasMark(TextRange span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (TypographicFolding.Fold(_page.Text[i]) == '"') return true;
        }
        return false;
    }

    private string QuoteId(string speaker, TextRange span)
    {
        var words = _page.Of(span).Split(new[] { ' ', '\n', '\u00A0' }, System.StringSplitOptions.RemoveEmptyEntries).Take(4);
        var slug = DraftContext.Slug(speaker.Split('-').Last() + " " + string.Join(" ", words), "quote");
        return _document.NewId(slug);
    }
}
