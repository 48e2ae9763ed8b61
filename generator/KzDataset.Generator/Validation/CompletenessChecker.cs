using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KzDataset.Generator.Common;
using KzDataset.Generator.Diagnostics;
using KzDataset.Generator.Model;
using KzDataset.Generator.Text;

namespace KzDataset.Generator.Validation;

/// <summary>
/// Reports what an annotator has left: numbers (digits and number words) in the body that no
/// figure or ignore entry covers, and quotation marks that belong to no quote, term or ignore entry.
/// Both are located in the text file, at the number or the mark.
/// </summary>
internal static class CompletenessChecker
{
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
                    while (i < segment.End && (digits
                               ? char.IsDigit(raw[i]) || ((raw[i] == ',' || raw[i] == '.') && i + 1 < segment.End && char.IsDigit(raw[i + 1]))
                               : char.IsLetter(raw[i])))
                    {
                        i++;
                    }
                    var token = new TextRange(start, i);
                    var word = raw.Substring(start, i - start);
                    if ((digits || NumberWords.IsNumberWord(word)) && !Covered(token, figures) && !Covered(token, ignores))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.UncoveredNumber,
                            lines.Locate(text.Path, start, i - start), word, text.FileName, Line(lines, start)));
                    }
                    continue;
                }
                if (QuotationMarks.IsCheckedMark(c) && !coveredMarks.Contains(i)
                    && !Covered(new TextRange(i, i + 1), quotedSpans) && !Covered(new TextRange(i, i + 1), ignores))
                {
                    diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.UncoveredQuotationMark,
                        lines.Locate(text.Path, i, 1), c.ToString(), text.FileName, Line(lines, i)));
                }
                i++;
            }
        }
    }

    private static bool Covered(TextRange token, IReadOnlyList<TextRange> spans) => spans.Any(s => s.Contains(token));

    private static string Line(LineIndex lines, int offset) => (lines.LineOf(offset) + 1).ToString(CultureInfo.InvariantCulture);
}
