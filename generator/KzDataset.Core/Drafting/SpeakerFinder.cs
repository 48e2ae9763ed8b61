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
    /// <param name="window">Where to look.</param>
    /// <param name="verbFirst">Take the first reporting verb of the window (after a quotation), else the last (before one).</param>
    /// <param name="verbs">The reporting verbs.</param>
    /// <param name="titledOnly">Names the registry lacks count only after a title (a window farther from the quotation).</param>
    /// <param name="referBefore">Where a pronoun's person is looked for before (the quotation's opening mark: a name inside the quotation is no antecedent).</param>
    public (string? Id, string Cue, string How)? Find(TextRange window, bool verbFirst, Regex verbs, bool titledOnly = false, int? referBefore = null)
    {
        if (window.Length == 0) return null;
        var matches = verbs.Matches(_page.Text.Substring(window.Start, window.Length)).Cast<Match>().ToList();
        if (matches.Count == 0) return null;
        var verb = verbFirst ? matches[0] : matches[matches.Count - 1];
        var verbAt = window.Start + verb.Index;
        var cue = verb.Value;

        var verbEnd = verbAt + verb.Length;
        var inWindow = _mentions.Within(window).ToList();
        var runs = Runs(window, out var pronoun).Where(r => !titledOnly || r.Written >= 0).ToList();
        // Candidates: people the registry names, and names it lacks (runs of capitalised words).
        var candidates = inWindow.Select(m => (m.Start, m.End, Id: (string?)m.Id, Written: -1))
            .Concat(runs.Where(r => !inWindow.Any(m => m.Start < r.End && r.Start < m.End)).Select(r => (r.Start, r.End, Id: (string?)null, r.Written)))
            .OrderBy(c => c.Start)
            .ToList();
        // The name next to the verb ("said Dr Marat", "Dr Marat said"), else the sentence's subject (the
        // first name before the verb, before an apposition), else the nearest.
        var best = candidates.Where(c => Adjacent(c.End, verbAt) || Adjacent(verbEnd, c.Start))
            .Concat(candidates.Where(c => c.End <= verbAt))
            .Concat(candidates.OrderBy(c => System.Math.Abs(c.Start - verbAt)))
            .Select(c => ((int Start, int End, string? Id, int Written)?)c)
            .FirstOrDefault();
        if (pronoun >= 0 && (best is null || System.Math.Abs(pronoun - verbAt) < System.Math.Abs(best.Value.Start - verbAt)))
        {
            var antecedent = _mentions.LastBefore(System.Math.Min(window.Start, referBefore ?? window.Start));
            if (antecedent is not null) return (_mentions.Resolve(antecedent, _document), cue, "the pronoun before or after the cue \"" + cue + "\", read as the last person named");
        }
        if (best is null) return (null, cue, string.Empty);
        var (start, end, known, written) = best.Value;
        if (known is not null) return (_mentions.Resolve(known, _document), cue, "the person named beside the cue \"" + cue + "\"");
        return (Person(start, end, written), cue, "the name beside the cue \"" + cue + "\"");
    }

    // The person a run of capitalised words names: a registry entry, or a new person as written.
    private string Person(int start, int end, int written)
    {
        var name = MentionIndex.StripPossessive(_page.Text.Substring(start, end - start));
        // A new person is proposed as written, a title before a lone surname included ("Dr Sarsenbekov").
        var asWritten = written >= 0 && written < start && name.IndexOf(' ') < 0 && _page.Text.IndexOf('\n', written, start - written) < 0
            ? MentionIndex.StripPossessive(_page.Text.Substring(written, end - written))
            : name;
        // A name the registry lacks as written may be a known person's surname after a title the rules lack ("Akim Nurtasayev").
        var registered = _context.PersonByName(asWritten) ?? _context.PersonByName(name) ?? _mentions.BySurname(name.Substring(name.LastIndexOf(' ') + 1), start);
        var id = registered is not null
            ? _mentions.Resolve(_mentions.Checked(registered, asWritten), _document)
            : Propose(asWritten);
        _mentions.Add(start, end, id);
        return id;
    }

    // A new person under the fullest name the text writes for them, titles dropped ("Mr. Smith" → "John Q. Smith").
    private string Propose(string written)
    {
        var (name, alias) = _mentions.FullNames.Complete(written);
        // The completed name may be one the registry (or an earlier proposal) already has, and the text writes it.
        if (alias is not null && _context.PersonByName(name) is { } known) return _mentions.Resolve(_mentions.Checked(known, name), _document);
        return _context.ProposePerson(name,
            $"Drafted: \"{written}\" is quoted in the texts and the registry has no such name. Check the spelling, merge with an existing person if it is one, and set kind, affiliation and role.",
            _document.NewPeople, alias);
    }

    // Runs of capitalised words in the window (names the registry may lack), and the first pronoun.
    private List<(int Start, int End, int Words, int Written)> Runs(TextRange window, out int pronoun)
    {
        var first = _mentions.WordAt(window.Start);
        pronoun = -1;
        var runs = new List<(int Start, int End, int Words, int Written)>();
        // Written: where the name starts as written, its title included ("Dr Sarsenbekov"), or -1.
        var run = (Start: -1, End: -1, Words: 0, Written: -1);
        for (var i = first; i < _mentions.Words.Count && _mentions.Words[i].End <= window.End; i++)
        {
            var word = _page.Of(_mentions.Words[i]);
            if (_page.Patterns.Pronouns.Contains(word) && pronoun < 0) pronoun = _mentions.Words[i].Start;
            var capital = char.IsUpper(word[0]) && !_page.Patterns.Pronouns.Contains(word) && !_page.Patterns.NotNames.Contains(MentionIndex.StripPossessive(word));
            if (run.End >= 0 && !OnlySpaces(run.End, _mentions.Words[i].Start))
            {
                // A comma or other sign between two capitalised words ends a name: "Kazakhstan, Jean de Gliniasty".
                Close(runs, run);
                run = (-1, -1, 0, -1);
            }
            var adjacent = true;
            if (capital && _page.Patterns.Honorifics.Contains(word.TrimEnd('.')))
            {
                Close(runs, run);
                run = (-1, -1, 0, _mentions.Words[i].Start);
                continue;
            }
            if ((capital || (run.Words > 0 && _page.Patterns.Particles.Contains(word))) && adjacent && word.Length > 1 || (capital && word.Length == 2 && word[1] == '.'))
            {
                run = run.Words == 0 ? (_mentions.Words[i].Start, _mentions.Words[i].End, 1, run.Written) : (run.Start, _mentions.Words[i].End, run.Words + 1, run.Written);
                continue;
            }
            Close(runs, run);
            run = (-1, -1, 0, -1);
        }
        Close(runs, run);
        return runs;
    }

    /// <summary>The last person named in a window before a quotation (the one who speaks it, as a rule), or null.</summary>
    public string? Subject(TextRange window)
    {
        var last = _mentions.Within(window).LastOrDefault();
        // A name the registry lacks counts here only after a title ("President Vladimir Putin placed the blame on “…”"):
        // a sentence's capitalised words are as often a place or an institution.
        var run = Runs(window, out _).LastOrDefault(r => r.Written >= 0);
        if (run.Words > 0 && (last.Id is null || run.Start > last.End)) return Person(run.Start, run.End, run.Written);
        return last.Id is null ? null : _mentions.Resolve(last.Id, _document);
    }

    // A run of capitalised words is a name when it has two words, follows an honorific ("Dr Marat"), or is
    // one word the registry (or this run's proposals) knows as a name or a surname ("Smith added"), or the
    // last word of a fuller name the text writes ("Smith said" after "John Smith").
    private void Close(List<(int, int, int, int)> runs, (int Start, int End, int Words, int Written) run)
    {
        if (run.Words >= 2 || (run.Words == 1 && run.Written >= 0)) runs.Add((run.Start, run.End, run.Words, run.Written));
        else if (run.Words == 1 && MentionIndex.StripPossessive(_page.Text.Substring(run.Start, run.End - run.Start)) is var word
                 && ((_context.PersonByName(word) ?? _mentions.BySurname(word, run.Start)) is not null || _mentions.FullNames.Complete(word).Alias is not null))
        {
            runs.Add((run.Start, run.End, 1, run.Written));
        }
    }

    // Only spaces between: "Marat said", "said Dr Marat"; "the Carnegie Endowment, argued" is an apposition's end.
    private bool Adjacent(int from, int to) => to >= from && to - from <= 2 && OnlySpaces(from, to);

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
