using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Model;

namespace KzDataset.Core.Drafting;

/// <summary>
/// Spans that are not the article: lines (or, for inline rules, matches) the rules' exclusion patterns
/// name (advertisements, "Read more" teasers, share and comment widgets, credits, captions, HTML
/// debris), and repeated blocks (a line of some length printed again: the later copy).
/// </summary>
internal static class ExclusionFinder
{
    public static IReadOnlyList<DraftItem> Find(DraftPage page, DraftRules rules)
    {
        var found = new List<(TextRange Range, string Reason, string Review)>();
        foreach (var (regex, rule) in page.Patterns.Exclusions)
        {
            foreach (System.Text.RegularExpressions.Match match in regex.Matches(page.Text))
            {
                if (match.Length == 0) continue;
                var range = new TextRange(match.Index, match.Index + match.Length);
                if (rule.ToEnd) range = page.Trim(new TextRange(page.Lines[page.LineOf(match.Index)].Start, page.Text.Length));
                else if (!rule.Inline) range = page.Trim(page.Lines[page.LineOf(match.Index)]);
                else range = page.Trim(range);
                if (range.Length == 0) continue;
                found.Add((range, rule.Reason, $"Drafted: matches the {rule.Reason} pattern of the drafting rules. Check the span is not article text."));
            }
        }
        found.AddRange(RepeatedLines(page, rules.RepeatedBlockMinLength ?? 30));

        // Text order, no overlaps: a span inside an earlier one adds nothing.
        var result = new List<DraftItem>();
        var end = -1;
        foreach (var item in found.OrderBy(f => f.Range.Start).ThenByDescending(f => f.Range.End))
        {
            if (item.Range.Start < end) continue;
            result.Add(new DraftItem(item.Range, item.Review, ("reason", item.Reason)));
            end = item.Range.End;
        }
        return result;
    }

    private static IEnumerable<(TextRange, string, string)> RepeatedLines(DraftPage page, int minLength)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in page.Lines)
        {
            var trimmed = page.Trim(line);
            if (trimmed.Length < minLength) continue;
            var text = page.Of(trimmed);
            if (!seen.Add(text))
            {
                yield return (trimmed, "duplicate", "Drafted: this line repeats an earlier one word for word. Check it is a copy, not article text.");
            }
        }
    }
}
