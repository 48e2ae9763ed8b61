using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Model;

namespace KzDataset.Core.Drafting;

/// <summary>
/// The words of one text and where the registry's people are named in it (a name or alias of up to
/// four words, or the surname alone when one person has it), found in one pass over the words.
/// A pronoun refers back to the last person named before it (<see cref="LastBefore"/>).
/// </summary>
internal sealed class MentionIndex
{
    private const int LongestName = 5;
    private readonly DraftPage _page;
    private readonly DraftContext _context;
    private readonly List<(int Start, int End, string Id)> _mentions = new();
    private readonly Text.AliasFinder _names;
    private readonly Dictionary<string, bool> _named = new(System.StringComparer.Ordinal);

    public MentionIndex(DraftPage page, DraftContext context)
    {
        _page = page;
        _context = context;
        Words = Tokenize(page.Text);
        _names = new Text.AliasFinder(page.Text);
        FullNames = new FullNameFinder(page, Words);
        for (var i = 0; i < Words.Count; i++)
        {
            if (page.IsExcluded(Words[i].Start) || !char.IsUpper(page.Text[Words[i].Start])) continue;
            var found = PersonAt(i, out var length);
            if (found is null) continue;
            // "Asel Ívanova" is not "Ívanova" when the registry knows only the surname: the last word of
            // a longer capitalised name is no mention of its own.
            if (length == 1 && i > 0 && IsNamePart(i - 1) && page.Text.Substring(Words[i - 1].End, Words[i].Start - Words[i - 1].End) == " ") continue;
            _mentions.Add((Words[i].Start, Words[i + length - 1].End, found));
            i += length - 1;
        }
    }

    /// <summary>Every word: a run of letters, digits, apostrophes, hyphens and inner dots ("V.", "Kassym-Jomart").</summary>
    public IReadOnlyList<TextRange> Words { get; }

    public IReadOnlyList<(int Start, int End, string Id)> Mentions => _mentions;

    /// <summary>The names new people are proposed under (titles dropped, a lone surname completed from the text).</summary>
    public FullNameFinder FullNames { get; }

    /// <summary>The person named by the words starting at word <paramref name="index"/>, and how many words name them.</summary>
    public string? PersonAt(int index, out int length)
    {
        for (length = System.Math.Min(LongestName, Words.Count - index); length >= 1; length--)
        {
            var range = new TextRange(Words[index].Start, Words[index + length - 1].End);
            if (!SingleLine(range)) continue;
            var name = StripPossessive(_page.Of(range));
            var id = _context.PersonByName(name);
            if (id is null && length == 1) id = BySurname(name, range.Start);
            // The build wants a speaker named by a name or alias as written: a person this text does not
            // name so ("Tokayev" alone, where the registry has "Kassym-Jomart Tokayev") is a name to propose.
            if (id is not null) return Checked(id, length == 1 ? Titled(index, name) : name);
        }
        length = 0;
        return null;
    }

    /// <summary>
    /// The person a surname alone names at <paramref name="offset"/>: the only one with it, or of several,
    /// the one named last before it ("Dr Kasymayeva" after "Jürgen Kasymayeva"), else first after it; null when none is.
    /// </summary>
    public string? BySurname(string surname, int offset)
    {
        var ids = _context.PeopleBySurname(surname);
        if (ids.Count <= 1) return ids.Count == 1 ? ids[0] : null;
        var before = LastIndexBefore(offset);
        for (var i = before; i >= 0; i--)
        {
            if (ids.Contains(_mentions[i].Id)) return _mentions[i].Id;
        }
        for (var i = before + 1; i < _mentions.Count; i++)
        {
            if (ids.Contains(_mentions[i].Id)) return _mentions[i].Id;
        }
        return null;
    }

    /// <summary>The prefix of a mention of a name the registry lacks (or lacks as written): proposed only when quoted.</summary>
    public const string Pending = "?";

    /// <summary>A mention's person: a pending name becomes a proposed person.</summary>
    public string Resolve(string mention, DraftDocument document)
    {
        if (!mention.StartsWith(Pending, System.StringComparison.Ordinal)) return mention;
        var written = mention.Substring(Pending.Length);
        var (name, alias) = FullNames.Complete(written);
        return _context.PersonByName(name) is { } known && IsNamed(known) ? known : _context.ProposePerson(name,
            $"Drafted: \"{written}\" is quoted in the texts and the registry has no such name as written. Check the spelling, merge with an existing person (as an alias) if it is one, and set kind, affiliation and role.",
            document.NewPeople, alias);
    }

    /// <summary><paramref name="id"/> when the text names that person as the registry writes them, else the written name as pending.</summary>
    public string Checked(string id, string written) => IsNamed(id) ? id : Pending + written;

    private bool IsNamed(string id)
    {
        if (!_named.TryGetValue(id, out var named)) _named[id] = named = _context.NamesOf(id).Any(n => _names.Contains(n));
        return named;
    }

    /// <summary>Records that <paramref name="id"/> was named or quoted at <paramref name="start"/> (a new person, say).</summary>
    public void Add(int start, int end, string id)
    {
        var at = _mentions.FindIndex(m => m.Start > start);
        _mentions.Insert(at < 0 ? _mentions.Count : at, (start, end, id));
    }

    /// <summary>The last person named before <paramref name="offset"/>, or null.</summary>
    public string? LastBefore(int offset)
    {
        var found = LastIndexBefore(offset);
        return found < 0 ? null : _mentions[found].Id;
    }

    private int LastIndexBefore(int offset)
    {
        int low = 0, high = _mentions.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (_mentions[mid].End <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return found;
    }

    /// <summary>The registry mentions inside a range, in text order.</summary>
    public IEnumerable<(int Start, int End, string Id)> Within(TextRange range)
    {
        int low = 0, high = _mentions.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_mentions[mid].Start < range.Start) low = mid + 1;
            else high = mid;
        }
        for (var i = low; i < _mentions.Count && _mentions[i].Start < range.End; i++)
        {
            if (_mentions[i].End <= range.End) yield return _mentions[i];
        }
    }

    /// <summary>The index of the first word starting at or after <paramref name="offset"/>.</summary>
    public int WordAt(int offset)
    {
        int low = 0, high = Words.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (Words[mid].Start < offset) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    private bool IsNamePart(int index)
    {
        var word = _page.Of(Words[index]);
        return char.IsUpper(word[0]) && !_page.Patterns.Honorifics.Contains(word.TrimEnd('.')) && !_page.Patterns.Pronouns.Contains(word)
            && !_page.Patterns.NotNames.Contains(word);
    }

    // A lone surname with the title before it, as written ("Dr Marat"): the name a new person gets.
    private string Titled(int index, string name)
    {
        if (index == 0) return name;
        var title = Words[index - 1];
        var between = _page.Text.Substring(title.End, Words[index].Start - title.End);
        return between.Trim('.').Trim().Length == 0 && between.Length <= 2 && _page.Patterns.Honorifics.Contains(_page.Of(title))
            ? _page.Text.Substring(title.Start, Words[index].Start - title.Start) + name
            : name;
    }

    public static string StripPossessive(string word)
        => word.EndsWith("’s", System.StringComparison.Ordinal) || word.EndsWith("'s", System.StringComparison.Ordinal) ? word.Substring(0, word.Length - 2) : word;

    private bool SingleLine(TextRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (_page.Text[i] == '\n') return false;
        }
        return true;
    }

    private static List<TextRange> Tokenize(string text)
    {
        var words = new List<TextRange>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                   || (text[i] is '-' or '\'' or '’' or '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && text[i] != '.')
                   || (text[i] == '.' && i - start == 1 && char.IsUpper(text[start]))))
            {
                i++;
            }
            words.Add(new TextRange(start, i));
        }
        return words;
    }
}
