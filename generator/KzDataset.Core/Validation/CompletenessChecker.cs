using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Core.Model;
using KzDataset.Core.Text;

namespace KzDataset.Core.Validation;

/// <summary>
/// Reports what an annotator has left: numbers (digits and number words) in the body that no
/// figure or ignore entry covers, and quotation marks that belong to no quote, term or ignore entry.
/// Both are located in the text file, at the number or the mark. One pass over the body, each
/// finding reported once; past <see cref="MaxReports"/> findings a file gets one KZ0302 with the totals.
/// </summary>
internal static class CompletenessChecker
{
    /// <summary>Findings reported one by one per file; a raw, unannotated text must not flood the build.</summary>
    public const int MaxReports = 100;

    public static void Check(
        SeedText text,
        LineIndex lines,
        IReadOnlyList<TextRange> bodySegments,
        IReadOnlyList<TextRange> figures,
        IReadOnlyList<TextRange> quotedSpans,
        IReadOnlyList<TextRange> ignores,
        List<DiagnosticInfo> diagnostics)
    {
        var raw = text.Content;
        var coveredMarks = new HashSet<int>();
        foreach (var span in quotedSpans.Concat(ignores))
        {
            var before = QuotationMarks.OpeningBefore(raw, span);
            if (before >= 0) coveredMarks.Add(before);
            var after = QuotationMarks.ClosingAfter(raw, span);
            if (after >= 0) coveredMarks.Add(after);
        }
        var numberCover = new CoverageIndex(raw.Length, figures.Concat(ignores));
        var markCover = new CoverageIndex(raw.Length, quotedSpans.Concat(ignores));

        var numbers = 0;
        var marks = 0;
        var firstUnreported = -1;
        foreach (var segment in bodySegments)
        {
            var i = segment.Start;
            while (i < segment.End)
            {
                var c = raw[i];
                if (char.IsDigit(c) || char.IsLetter(c))
                {
                    var start = i;
                    var digits = char.IsDigit(c);
                    i = NumberTokens.RunEnd(raw, start, segment.End);
                    // Only short words can be number words: no substring for every long word.
                    var word = digits || i - start <= NumberWords.LongestWord ? raw.Substring(start, i - start) : null;
                    if (word is not null && (digits || NumberWords.IsNumberWord(word)) && !numberCover.Covers(new TextRange(start, i)))
                    {
                        if (numbers + marks < MaxReports)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.UncoveredNumber,
                                lines.Locate(text.Path, start, i - start), word, text.FileName, Line(lines, start)));
                        }
                        else if (firstUnreported < 0)
                        {
                            firstUnreported = start;
                        }
                        numbers++;
                    }
                    continue;
                }
                if (QuotationMarks.IsCheckedMark(c) && !coveredMarks.Contains(i) && !markCover.Covers(new TextRange(i, i + 1)))
                {
                    if (numbers + marks < MaxReports)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.UncoveredQuotationMark,
                            lines.Locate(text.Path, i, 1), c.ToString(), text.FileName, Line(lines, i)));
                    }
                    else if (firstUnreported < 0)
                    {
                        firstUnreported = i;
                    }
                    marks++;
                }
                i++;
            }
        }

        if (firstUnreported >= 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.CompletenessSummary,
                lines.Locate(text.Path, firstUnreported, 1), text.FileName, Number(numbers), Number(marks),
                Number(MaxReports), Number(numbers + marks - MaxReports)));
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Line(LineIndex lines, int offset) => Number(lines.LineOf(offset) + 1);
}
