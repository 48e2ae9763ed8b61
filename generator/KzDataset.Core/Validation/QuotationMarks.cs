using KzDataset.Core.Model;
using KzDataset.Core.Text;
using KzDataset.Format;

namespace KzDataset.Core.Validation;

/// <summary>Where the quotation marks around a span are: the glue between quote spans and their marks.</summary>
internal static class QuotationMarks
{
    /// <summary>The double marks (and the opening single mark) the completeness check looks for.</summary>
    public static bool IsCheckedMark(char c) => c is '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '"' or '\u2018';

    /// <summary>Offset of a quotation mark right before the span (spaces allowed between), or -1.</summary>
    public static int OpeningBefore(string text, TextRange range)
    {
        var i = range.Start - 1;
        while (i >= 0 && IsSpace(text[i])) i--;
        return i >= 0 && TypographicFolding.IsQuotationMark(text[i]) ? i : -1;
    }

    /// <summary>Offset of a quotation mark right after the span (spaces and closing punctuation allowed between), or -1.</summary>
    public static int ClosingAfter(string text, TextRange range)
    {
        var i = range.End;
        while (i < text.Length && (IsSpace(text[i]) || text[i] is '.' or ',' or ';' or ':' or '!' or '?' or '\u2026')) i++;
        return i < text.Length && TypographicFolding.IsQuotationMark(text[i]) ? i : -1;
    }

    /// <summary>Which marks the text has around the span, in the terms of a quote's "marks".</summary>
    public static QuoteMarks Around(string text, TextRange range)
    {
        var hasOpening = OpeningBefore(text, range) >= 0;
        var hasClosing = ClosingAfter(text, range) >= 0;
        return hasOpening && hasClosing ? QuoteMarks.Both : hasOpening ? QuoteMarks.Opening : hasClosing ? QuoteMarks.Closing : QuoteMarks.None;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\t' or '\u202F';
}
