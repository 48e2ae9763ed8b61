using System.Collections.Generic;
using KzDataset.Core.Model;
using KzDataset.Format;

namespace KzDataset.Core.Drafting;

/// <summary>
/// The name a new person is proposed under when a text cues them by a title and/or a surname alone
/// ("Mr. Smith said"): the titles (the rules' honorifics) are dropped, and a lone surname becomes the
/// fullest name ending in it that the same text writes ("John Q. Smith"), the surname kept as an alias.
/// </summary>
internal sealed class FullNameFinder
{
    private const int LongestName = 4;
    private readonly DraftPage _page;
    private readonly IReadOnlyList<TextRange> _words;
    private HashSet<string>? _lowercase;

    public FullNameFinder(DraftPage page, IReadOnlyList<TextRange> words)
    {
        _page = page;
        _words = words;
    }

    /// <summary>
    /// The name to propose for <paramref name="written"/> and the alias that keeps the written form named
    /// (null when the name is that form). Both are written in the text, so the proposal names its speaker.
    /// </summary>
    public (string Name, string? Alias) Complete(string written)
    {
        var bare = WithoutTitles(written);
        if (bare.IndexOf(' ') >= 0) return (bare, null);
        var full = Fullest(bare);
        return full is null ? (bare, null) : (full, bare);
    }

    /// <summary>The name without the titles before it ("Dr. Marat" → "Marat"); the name as is when nothing else is left.</summary>
    public string WithoutTitles(string name)
    {
        var rest = name.Trim();
        while (true)
        {
            var space = rest.IndexOf(' ');
            if (space < 0 || !_page.Patterns.Honorifics.Contains(rest.Substring(0, space).TrimEnd('.'))) return rest;
            rest = rest.Substring(space + 1).TrimStart();
        }
    }

    // The longest run of capitalised name words ending in the surname (two words or more), the first in the text of that length.
    private string? Fullest(string surname)
    {
        var key = NameKey.Of(surname);
        string? best = null;
        var bestWords = 1;
        for (var i = 1; i < _words.Count; i++)
        {
            if (NameKey.Of(MentionIndex.StripPossessive(_page.Of(_words[i]))) != key) continue;
            var first = i;
            while (first > 0 && i - first + 1 < LongestName && IsNamePart(first - 1) && Joined(first - 1, first)) first--;
            // A sentence's first word is capitalised too: "But" or "Meanwhile", written lowercase elsewhere, names no one.
            while (first < i && Lowercase().Contains(_page.Of(_words[first]).ToLowerInvariant())) first++;
            if (i - first + 1 <= bestWords) continue;
            bestWords = i - first + 1;
            best = MentionIndex.StripPossessive(_page.Text.Substring(_words[first].Start, _words[i].End - _words[first].Start));
        }
        return best;
    }

    private bool IsNamePart(int index)
    {
        var word = _page.Of(_words[index]);
        if (_page.Patterns.Particles.Contains(word)) return index > 0 && IsNamePart(index - 1) && Joined(index - 1, index);
        return word.Length > 1 && char.IsUpper(word[0]) && MentionIndex.StripPossessive(word) == word
            && !_page.Patterns.Honorifics.Contains(word.TrimEnd('.')) && !_page.Patterns.Pronouns.Contains(word)
            && !_page.Patterns.NotNames.Contains(word);
    }

    // One space between two words of a name: a comma, a line break or a dash ends it.
    private bool Joined(int left, int right)
    {
        var between = _page.Text.Substring(_words[left].End, _words[right].Start - _words[left].End);
        return between is " " or "\u00A0";
    }

    private HashSet<string> Lowercase()
    {
        if (_lowercase is not null) return _lowercase;
        _lowercase = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var range in _words)
        {
            var word = _page.Of(range);
            if (char.IsLower(word[0])) _lowercase.Add(word);
        }
        return _lowercase;
    }
}
