using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using KzDataset.Core.Common;
using KzDataset.Format;

namespace KzDataset.Cli.Site;

/// <summary>
/// Where a diagnostic goes in its article's text. One located in the text file marks its own span
/// (an empty span, its line). One located in the sidecar marks the annotation it names when that
/// annotation still resolved (its id is one of the message's arguments), else the passage the message
/// quotes (the longest) when it occurs once in the text (a figure dropped by a cross-check), else the text line its
/// message names (the closest passage of an anchor not found, the line of an overlap); else it has
/// no place in the text and is only listed.
/// </summary>
internal static partial class DiagnosticPlacer
{
    /// <param name="inText">Whether the diagnostic is located in the article's text file.</param>
    /// <param name="annotations">The article's resolved annotations by local id (quotes, figures, corrections, turns).</param>
    public static (int Start, int End)? Place(DiagnosticInfo diagnostic, bool inText, string text, IReadOnlyDictionary<string, (int Start, int End)> annotations)
    {
        var starts = LineStarts.Of(text);
        if (inText)
        {
            var start = Math.Clamp(diagnostic.Location.Start, 0, text.Length);
            var end = Math.Clamp(diagnostic.Location.Start + diagnostic.Location.Length, 0, text.Length);
            return end > start ? (start, end) : Line(text, starts, LineStarts.LineOf(starts, start));
        }
        foreach (var argument in diagnostic.Arguments)
        {
            if (annotations.TryGetValue(argument, out var span)) return span;
        }
        // An annotation dropped by a cross-check (a figure whose value its words do not state) is not
        // among the resolved ones, but its message quotes its words: a passage found once is its place.
        // The longest such passage: an id (a short word) may happen to occur once as well.
        foreach (var argument in diagnostic.Arguments.Where(a => a.Length >= 4).OrderByDescending(a => a.Length))
        {
            if (OnlyOccurrence(text, argument) is { } at) return (at, at + argument.Length);
        }
        var named = LineNamed().Match(diagnostic.Message);
        if (named.Success && int.TryParse(named.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var line) && line >= 1 && line <= starts.Length)
        {
            return Line(text, starts, line - 1);
        }
        return null;
    }

    private static int? OnlyOccurrence(string text, string passage)
    {
        var first = text.IndexOf(passage, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(passage, first + 1, StringComparison.Ordinal) >= 0) return null;
        return first;
    }

    /// <summary>A line without its line break; an empty line is not a place.</summary>
    private static (int, int)? Line(string text, int[] starts, int line)
    {
        var start = starts[line];
        var end = line + 1 < starts.Length ? starts[line + 1] : text.Length;
        while (end > start && text[end - 1] is '\n' or '\r') end--;
        return end > start ? (start, end) : null;
    }

    [GeneratedRegex(@"\blines? (\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex LineNamed();
}
