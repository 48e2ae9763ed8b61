using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Model;
using KzDataset.Core.Text;

namespace KzDataset.Core.Drafting;

/// <summary>
/// Every number of the article text (digits, number words, multiples, vague quantities; never one in
/// an excluded span) as a figure, with the value the number reader reads and a unit, measure and
/// qualifier proposed from the words around it, or as an ignore entry: a date, part of a name, or a
/// match of the rules' ignore patterns.
/// </summary>
internal static class NumberFinder
{
    public static void Find(DraftPage page, DraftContext context, DraftDocument document)
    {
        var ignoreAt = IgnoreMatches(page);
        var vocabulary = new FigureVocabulary(page, context);
        var text = page.Text;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (page.IsExcluded(i) || !(char.IsLetterOrDigit(c)))
            {
                i++;
                continue;
            }
            var start = i;
            var digits = char.IsDigit(c);
            i = NumberTokens.RunEnd(text, start, text.Length);
            if (!digits && (i - start > NumberWords.LongestWord || !NumberWords.IsNumberWord(text.Substring(start, i - start)))) continue;
            var end = digits ? DigitsEnd(text, i) : WordsEnd(text, i);
            // "two or three", "10 to 20": one figure with bounds.
            // ("1994 to 1997" are two dates, each its own ignore entry.)
            var rangeEnd = ignoreAt[start] is null && DateOrName(page, new TextRange(start, end), digits) is null ? RangeEnd(page, end, digits) : null;
            var range = new TextRange(start, rangeEnd ?? end);
            i = range.End;
            Propose(page, document, vocabulary, ignoreAt, range, digits, isRange: rangeEnd is not null);
        }
    }

    private static int? RangeEnd(DraftPage page, int end, bool digits)
    {
        var text = page.Text;
        foreach (var joint in new[] { " or ", " to " })
        {
            if (string.CompareOrdinal(text, end, joint, 0, joint.Length) != 0) continue;
            var next = end + joint.Length;
            if (next >= text.Length || page.IsExcluded(next) || char.IsDigit(text[next]) != digits) return null;
            var runEnd = NumberTokens.RunEnd(text, next, text.Length);
            if (!digits && (runEnd - next > NumberWords.LongestWord || NumberWords.Unit(text.Substring(next, runEnd - next)) is null)) return null;
            return digits ? DigitsEnd(text, runEnd) : WordsEnd(text, runEnd);
        }
        return null;
    }

    private static void Propose(DraftPage page, DraftDocument document, FigureVocabulary vocabulary, string?[] ignoreAt, TextRange range, bool digits, bool isRange)
    {
        var span = page.Of(range);
        var reason = ignoreAt[range.Start] ?? DateOrName(page, range, digits);
        if (reason is not null)
        {
            document.Ignores.Add(new DraftItem(range, $"Drafted: read as {Describe(reason)}. Make it a figure if it counts something.", ("reason", reason)));
            return;
        }
        var values = NumberReader.Read(span);
        var lower = values.Count == 0 ? vocabulary.VagueLower(span) : null;
        if ((values.Count == 0 && lower is null) || !vocabulary.CanPropose)
        {
            document.Ignores.Add(new DraftItem(range, "Drafted: no value could be proposed for this number. Make it a figure if it counts something.", ("reason", "not-a-quantity")));
            return;
        }
        var (unit, unitHow) = vocabulary.Unit(range);
        var (measure, measureHow) = vocabulary.Measure(range);
        var qualifier = lower is not null ? "vague" : vocabulary.Qualifier(range);
        var value = values.Count > 0 ? values[0] : (decimal?)null;
        decimal? upper = null;
        if (isRange && values.Count == 2)
        {
            (lower, upper, value) = (System.Math.Min(values[0], values[1]), System.Math.Max(values[0], values[1]), null);
            if (qualifier == "exact") qualifier = "range";
        }
        var id = FigureId(document, measure, value ?? lower!.Value);
        var review = $"Drafted: value read from the text; unit {unitHow}, measure {measureHow}, qualifier {(qualifier == "exact" ? "exact (no qualifier word before it)" : "from the words before it")}. Check them and the subject.";
        document.Figures.Add(new DraftItem(range, review,
            ("id", id),
            ("value", value),
            ("lower", lower),
            ("upper", upper),
            ("unit", unit),
            ("measure", measure),
            ("qualifier", qualifier),
            ("subject", vocabulary.Subject(range)),
            ("reading", lower is null || upper is not null ? null : $"\"{span}\" read as at least {lower.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} (the drafting rules' lower bound).")));
    }

    private static string Describe(string reason) => reason switch
    {
        "date" => "a date",
        "name" => "part of a name",
        "list-marker" => "a list marker",
        _ => "\"" + reason + "\" by the drafting rules",
    };

    // "2,500", "20%", "16 million".
    private static int DigitsEnd(string text, int i)
    {
        if (i < text.Length && text[i] == '%') return i + 1;
        var next = i + 1;
        if (i < text.Length && text[i] == ' ')
        {
            var wordEnd = next;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
            if (wordEnd > next && NumberWords.Scale(text.Substring(next, wordEnd - next)) is >= 1000) return wordEnd;
        }
        return i;
    }

    // "three and a half thousand", "twenty-five", "a dozen": number words joined by spaces, hyphens, "and" or "a".
    private static int WordsEnd(string text, int i)
    {
        var end = i;
        var at = i;
        while (at < text.Length && (text[at] == ' ' || text[at] == '-'))
        {
            var next = at + 1;
            var wordEnd = next;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
            if (wordEnd == next) break;
            var word = text.Substring(next, wordEnd - next).ToLowerInvariant();
            if (NumberWords.Unit(word) is not null || NumberWords.Scale(word) is not null || word is "half" or "dozen")
            {
                end = at = wordEnd;
                continue;
            }
            if (word is "and" or "a")
            {
                at = wordEnd;
                continue;
            }
            break;
        }
        return end;
    }

    private static string? DateOrName(DraftPage page, TextRange range, bool digits)
    {
        var text = page.Text;
        if (!digits) return null;
        var span = page.Of(range);
        if (range.Start > 0 && (char.IsLetter(text[range.Start - 1]) || (text[range.Start - 1] == '-' && range.Start > 1 && char.IsLetter(text[range.Start - 2]))))
        {
            return "name";
        }
        if (range.End < text.Length && char.IsLetter(text[range.End])) return "name";
        if (span.Length == 4 && int.TryParse(span, out var year) && year is >= 1800 and <= 2100) return "date";
        if (int.TryParse(span, out var day) && day is >= 1 and <= 31 && (page.Patterns.Months.Contains(WordBefore(text, range.Start)) || page.Patterns.Months.Contains(WordAfter(text, range.End))))
        {
            return "date";
        }
        return null;
    }

    internal static string WordBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] is ' ' or '\u00A0') end--;
        if (end > 0 && text[end - 1] == '.') end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return text.Substring(start, end - start);
    }

    internal static string WordAfter(string text, int at)
    {
        var start = at;
        while (start < text.Length && text[start] is ' ' or '\u00A0' or '-') start++;
        var end = start;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return text.Substring(start, end - start);
    }

    // Where an ignore pattern of the rules matches, the first pattern's reason for each character.
    private static string?[] IgnoreMatches(DraftPage page)
    {
        var at = new string?[page.Text.Length + 1];
        foreach (var (regex, rule) in page.Patterns.Ignores)
        {
            foreach (System.Text.RegularExpressions.Match match in regex.Matches(page.Text))
            {
                for (var i = match.Index; i < match.Index + match.Length; i++) at[i] ??= rule.Reason;
            }
        }
        return at;
    }

    private static string FigureId(DraftDocument document, string measure, decimal value)
    {
        var slug = measure + "-" + value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).Replace('.', '-');
        return document.NewId(slug);
    }
}
