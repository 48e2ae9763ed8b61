using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using KzDataset.Core.Model;

namespace KzDataset.Core.Drafting;

/// <summary>
/// The speaker a cue names: a reporting verb in the window beside a quotation, then the person named
/// nearest it (a registry name, alias or surname), a pronoun that refers back to the last person
/// named, or a name the registry lacks (proposed as a new person, written as the text writes it).
/// </summary>
internal sealed class SpeakerFinder
{
    private const int MaxWindow = 160;
    private readonly DraftPage _page;
    private readonly DraftContext _context;
    private readonly MentionIndex _mentions;
    private readonly DraftDocument _document;

    public SpeakerFinder(DraftPage page, DraftContext context, MentionIndex mentions, DraftDocument document)
    {
        _page = page;
        _context = context;
        _mentions = mentions;
        _document = document;
    }

    /// <summary>The window after a closing mark: to the end of its sentence.</summary>
    public TextRange After(int from, int limit)
    {
        var end = from;
        var max = System.Math.Min(System.Math.Min(limit, _page.Text.Length), from + MaxWindow);
        while (end < max && _page.Text[end] != '\n' && !(IsSentenceEnd(end) && end > from + 1) && !IsOpeningMark(end)) end++;
        return new TextRange(from, end);
    }

    /// <summary>The window before an opening mark: from the start of its sentence (or <paramref name="limit"/>).</summary>
    public TextRange Before(int to, int limit)
    {
        var start = to;
        var min = System.Math.Max(System.Math.Max(limit, 0), to - MaxWindow);
        while (start > min && _page.Text[start - 1] != '\n' && !IsSentenceEnd(start - 1)) start--;
        return new TextRange(start, to);
    }

    /// <summary>
    /// The speaker and cue in a window: null when it holds no reporting verb; a null id when it holds
    /// one but names no one (the caller looks further: a split quotation's first part, the subject).
    /// </summary>
    public (string? Id, string Cue, string How)? Find(TextRange window, bool verbFirst, Regex verbs)
    {
        if (window.Length == 0) return null;
        var matches = verbs.Matches(_page.Text.Substring(window.Start, window.Length)).Cast<Match>().ToList();
        if (matches.Count == 0) return null;
        var verb = verbFirst ? matches[0] : matches[matches.Count - 1];
        var verbAt = window.Start + verb.Index;
        var cue = verb.Value;

        var verbEnd = verbAt + verb.Length;
        var inWindow = _mentions.Within(window).ToList();
        // The name next to the verb ("said Dr Marat", "Dr Marat said"), else the sentence's subject (the
        // first name before the verb), else the nearest.
        var named = inWindow.FirstOrDefault(m => Adjacent(m.End, verbAt) || Adjacent(verbEnd, m.Start));
        if (named.Id is null) named = inWindow.FirstOrDefault(m => m.End <= verbAt);
        if (named.Id is null) named = inWindow.OrderBy(m => System.Math.Abs(m.Start - verbAt)).FirstOrDefault();
        if (named.Id is not null) return (_mentions.Resolve(named.Id, _document), cue, "the person named beside the cue \"" + cue + "\"");

        var first = _mentions.WordAt(window.Start);
        var pronoun = -1;
        var runs = new List<(int Start, int End, int Words)>();
        var run = (Start: -1, End: -1, Words: 0, Honorific: false);
        for (var i = first; i < _mentions.Words.Count && _mentions.Words[i].End <= window.End; i++)
        {
            var word = _page.Of(_mentions.Words[i]);
            if (_page.Patterns.Pronouns.Contains(word) && pronoun < 0) pronoun = _mentions.Words[i].Start;
            var capital = char.IsUpper(word[0]) && !_page.Patterns.Pronouns.Contains(word) && !_page.Patterns.NotNames.Contains(MentionIndex.StripPossessive(word));
            var adjacent = run.End < 0 || OnlySpaces(run.End, _mentions.Words[i].Start);
            if (capital && _page.Patterns.Honorifics.Contains(word.TrimEnd('.')))
            {
                Close(runs, run);
                run = (-1, -1, 0, true);
                continue;
            }
            if ((capital || (run.Words > 0 && _page.Patterns.Particles.Contains(word))) && adjacent && word.Length > 1 || (capital && word.Length == 2 && word[1] == '.'))
            {
                run = run.Words == 0 ? (_mentions.Words[i].Start, _mentions.Words[i].End, 1, run.Honorific) : (run.Start, _mentions.Words[i].End, run.Words + 1, run.Honorific);
                continue;
            }
            Close(runs, run);
            run = (-1, -1, 0, false);
        }
        Close(runs, run);
        if (pronoun >= 0 && (runs.Count == 0 || System.Math.Abs(pronoun - verbAt) < runs.Min(r => System.Math.Abs(r.Start - verbAt))))
        {
            var antecedent = _mentions.LastBefore(window.Start);
            if (antecedent is not null) return (_mentions.Resolve(antecedent, _document), cue, "the pronoun before or after the cue \"" + cue + "\", read as the last person named");
        }
        if (runs.Count > 0)
        {
            // As for registry names: next to the verb, else the first before it (the subject, before an apposition), else the nearest.
            var best = runs.Where(r => Adjacent(r.End, verbAt) || Adjacent(verbEnd, r.Start)).Concat(runs.Where(r => r.End <= verbAt))
                .Concat(runs.OrderBy(r => System.Math.Abs(r.Start - verbAt))).First();
            var name = MentionIndex.StripPossessive(_page.Text.Substring(best.Start, best.End - best.Start));
            var known = _context.PersonByName(name) ?? (name.IndexOf(' ') < 0 ? _context.PersonBySurname(name) : null);
            var id = known is not null
                ? _mentions.Resolve(_mentions.Checked(known, name), _document)
                : _context.ProposePerson(name,
                    $"Drafted: \"{name}\" is quoted in the texts and the registry has no such name. Check the spelling, merge with an existing person if it is one, and set kind, affiliation and role.",
                    _document.NewPeople);
            _mentions.Add(best.Start, best.End, id);
            return (id, cue, "the name beside the cue \"" + cue + "\"");
        }
        return (null, cue, string.Empty);
    }

    /// <summary>The last person named in a window before a quotation (the one who speaks it, as a rule), or null.</summary>
    public string? Subject(TextRange window)
    {
        var first = _mentions.Within(window).LastOrDefault();
        return first.Id is null ? null : _mentions.Resolve(first.Id, _document);
    }

    // A run of capitalised words is a name when it has two words, follows an honorific ("Dr Marat"), or is
    // one word the registry (or this run's proposals) knows as a name or a surname ("Smith added").
    private void Close(List<(int, int, int)> runs, (int Start, int End, int Words, bool Honorific) run)
    {
        if (run.Words >= 2 || (run.Words == 1 && run.Honorific)) runs.Add((run.Start, run.End, run.Words));
        else if (run.Words == 1 && MentionIndex.StripPossessive(_page.Text.Substring(run.Start, run.End - run.Start)) is var word
                 && (_context.PersonByName(word) ?? _context.PersonBySurname(word)) is not null)
        {
            runs.Add((run.Start, run.End, 1));
        }
    }

    // Only spaces and a comma between: "Marat said", "said Dr Marat", "Marat, who …" is not.
    private bool Adjacent(int from, int to)
    {
        if (to < from || to - from > 3) return false;
        for (var i = from; i < to; i++)
        {
            if (_page.Text[i] is not (' ' or '\u00A0' or ',')) return false;
        }
        return true;
    }

    private bool OnlySpaces(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_page.Text[i] is not (' ' or '\u00A0')) return false;
        }
        return true;
    }

    private bool IsSentenceEnd(int i)
    {
        var c = _page.Text[i];
        if (c is not ('.' or '!' or '?')) return false;
        if (i + 1 < _page.Text.Length && !char.IsWhiteSpace(_page.Text[i + 1])) return false;
        // "Mr." and "V." end no sentence.
        var start = i;
        while (start > 0 && char.IsLetter(_page.Text[start - 1])) start--;
        var word = _page.Text.Substring(start, i - start);
        return !(word.Length == 1 && char.IsUpper(word[0])) && !_page.Patterns.Honorifics.Contains(word);
    }

    private bool IsOpeningMark(int i) => Format.TypographicFolding.Fold(_page.Text[i]) == '"';
}
