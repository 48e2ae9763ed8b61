using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Model;

namespace KzDataset.Core.Drafting;

/// <summary>
/// A figure's unit, measure and qualifier proposed from the words around its number: the rules'
/// keywords for ids the registry has, then the registry's own unit names and symbols and measure
/// names; a fallback id (reported in the review note) when nothing matches.
/// </summary>
internal sealed class FigureVocabulary
{
    private const int MeasureWindow = 80;
    private readonly DraftPage _page;
    private readonly List<(string Id, string[] Keywords)> _units;
    private readonly List<(string Id, string[] Keywords)> _measures;
    private readonly string? _fallbackUnit;
    private readonly string? _fallbackMeasure;

    public FigureVocabulary(DraftPage page, DraftContext context)
    {
        _page = page;
        var rules = context.Rules;
        var unitIds = new HashSet<string>(context.Units.Select(u => u.Id), StringComparer.Ordinal);
        var measureIds = new HashSet<string>(context.Measures.Select(m => m.Id), StringComparer.Ordinal);
        _units = rules.Units.Where(u => unitIds.Contains(u.Id)).Select(u => (u.Id, u.Keywords.ToArray()))
            .Concat(context.Units.Select(u => (u.Id, new[] { u.Name, u.Symbol ?? u.Name })))
            .ToList();
        _measures = rules.Measures.Where(m => measureIds.Contains(m.Id)).Select(m => (m.Id, m.Keywords.ToArray()))
            .Concat(context.Measures.Select(m => (m.Id, new[] { m.Name.ToLowerInvariant() })))
            .ToList();
        _fallbackUnit = rules.FallbackUnits.FirstOrDefault(unitIds.Contains) ?? context.Units.Select(u => u.Id).FirstOrDefault();
        _fallbackMeasure = rules.FallbackMeasures.FirstOrDefault(measureIds.Contains) ?? context.Measures.Select(m => m.Id).FirstOrDefault();
        Qualifiers = rules.Qualifiers;
        VagueBounds = rules.VagueLowerBounds;
    }

    /// <summary>False when the registry has no unit or no measure: no figure can be written.</summary>
    public bool CanPropose => _fallbackUnit is not null && _fallbackMeasure is not null;

    private IReadOnlyList<DraftKeywords> Qualifiers { get; }

    private IReadOnlyDictionary<string, decimal> VagueBounds { get; }

    public decimal? VagueLower(string word) => VagueBounds.TryGetValue(word, out var lower) ? lower : null;

    public (string Id, string How) Unit(TextRange range)
    {
        // The number's own suffix ("20%", "4,750-mile"), then the next three words, then the word before.
        var after = _page.Text.Substring(range.End, Math.Min(40, _page.Text.Length - range.End));
        var nextWords = Words(after).Take(3).ToList();
        var glued = range.End < _page.Text.Length && _page.Text[range.End] is '-' or '%' ? nextWords.FirstOrDefault() : null;
        foreach (var (id, keywords) in _units)
        {
            if (glued is not null && keywords.Any(k => k.TrimStart('-').Equals(glued, StringComparison.OrdinalIgnoreCase))) return (id, "from the word joined to the number");
        }
        var span = _page.Of(range);
        foreach (var (id, keywords) in _units)
        {
            if (keywords.Any(k => k.Length > 0 && !char.IsLetter(k[0]) && !k.StartsWith("-", StringComparison.Ordinal) && (span.EndsWith(k, StringComparison.Ordinal) || after.StartsWith(k, StringComparison.Ordinal))))
            {
                return (id, "from the sign after the number");
            }
        }
        foreach (var word in nextWords)
        {
            foreach (var (id, keywords) in _units)
            {
                if (keywords.Any(k => k.TrimStart('-').Equals(word, StringComparison.OrdinalIgnoreCase))) return (id, $"from \"{word}\" after the number");
            }
        }
        return (_fallbackUnit!, $"\"{_fallbackUnit}\" (a placeholder: no unit word was recognised)");
    }

    public (string Id, string How) Measure(TextRange range)
    {
        var start = Math.Max(0, range.Start - MeasureWindow);
        var end = Math.Min(_page.Text.Length, range.End + MeasureWindow);
        var window = _page.Text.Substring(start, end - start).ToLowerInvariant();
        var best = (Id: (string?)null, Distance: int.MaxValue, Keyword: string.Empty);
        var numberAt = range.Start - start;
        foreach (var (id, keywords) in _measures)
        {
            foreach (var keyword in keywords)
            {
                var lower = keyword.ToLowerInvariant();
                for (var at = window.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = window.IndexOf(lower, at + 1, StringComparison.Ordinal))
                {
                    if (!WholeWord(window, at, lower.Length)) continue;
                    var distance = Math.Abs(at - numberAt);
                    if (distance < best.Distance) best = (id, distance, keyword);
                }
            }
        }
        return best.Id is not null
            ? (best.Id, $"from \"{best.Keyword}\" near the number")
            : (_fallbackMeasure!, $"\"{_fallbackMeasure}\" (a placeholder: no measure word was recognised)");
    }

    public string Qualifier(TextRange range)
    {
        var before = _page.Text.Substring(Math.Max(0, range.Start - 30), Math.Min(30, range.Start)).ToLowerInvariant().TrimEnd();
        foreach (var qualifier in Qualifiers)
        {
            if (qualifier.Keywords.Any(k => EndsWithWord(before, k.ToLowerInvariant()))) return qualifier.Id;
        }
        return "exact";
    }

    /// <summary>The phrase the number opens, to the next punctuation (at most about eight words).</summary>
    public string Subject(TextRange range)
    {
        var end = range.End;
        var words = 0;
        while (end < _page.Text.Length && _page.Text[end] is not ('.' or ',' or ';' or ':' or '\n' or '(' or ')' or '"' or '“' or '”') && words < 8)
        {
            if (_page.Text[end] == ' ') words++;
            end++;
        }
        var phrase = _page.Text.Substring(range.Start, end - range.Start).Trim();
        return "Drafted from the text: " + phrase;
    }

    private static bool EndsWithWord(string text, string word)
        => text.EndsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetter(text[text.Length - word.Length - 1]));

    private static bool WholeWord(string text, int at, int length)
        => (at == 0 || !char.IsLetter(text[at - 1]) || !char.IsLetter(text[at])) && (at + length >= text.Length || !char.IsLetter(text[at + length]) || !char.IsLetter(text[at + length - 1]));

    private static IEnumerable<string> Words(string text)
        => text.Split(new[] { ' ', '-', '\u00A0', ',', '.', ';', ':', '\n' }, StringSplitOptions.RemoveEmptyEntries);
}
