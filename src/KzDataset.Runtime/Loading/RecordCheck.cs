using System;
using System.Globalization;
using System.IO;
using KzDataset.Format;

namespace KzDataset;

/// <summary>
/// Checks every position and code of an article record once, when the record is decoded, so the
/// model built from it never indexes out of range: registry positions (outlet, people, units,
/// measures), vocabulary codes, text spans (within the text length the record states; the text is
/// later checked to have that length), turn links, non-empty paragraphs and a date that exists.
/// A record that fails is an <see cref="InvalidDataException"/> naming the article and the field.
/// The positions into the sidecar's arrays are checked when the sidecar is read (<see cref="Sidecar"/>).
/// </summary>
internal static class RecordCheck
{
    public static void Check(string articleId, ArticleRecord record, RegistryLists registry)
    {
        var check = new Checker(articleId, record.TextLength);
        if (record.Title is { } title) check.Span("title", title);
        check.Position("outlet", record.Outlet, registry.Outlets.Count, "outlets");
        check.Spans("outletCues", record.OutletCues);
        check.Code<DatePrecision>("published.precision", record.Precision);
        check.Date(record.Year, record.Month, record.Day, (DatePrecision)record.Precision);
        check.Spans("dateCues", record.DateCues);
        const int allProcessing = (int)(TextProcessing.MachineTranslated | TextProcessing.HumanTranslated | TextProcessing.Transcribed | TextProcessing.Reworded);
        if ((record.Processing & ~allProcessing) != 0) check.Fail("processing", record.Processing, "which sets flags no text processing has");
        check.Code<ArticleFormat>("format", record.Format);
        check.Items<ExclusionReason>("exclude", record.Exclusions);
        for (var i = 0; i < record.Paragraphs.Length; i++)
        {
            var field = Field("paragraphs", i);
            if (record.Paragraphs[i].Length == 0) check.Fail(field, 0, "segments: a paragraph has at least one");
            check.Spans(field, record.Paragraphs[i]);
        }
        check.Items<TurnRole>("turns", record.Turns);
        for (var i = 0; i < record.Turns.Length; i++)
        {
            check.Optional(Field("turns", i) + ".speaker", record.Turns[i].Reference, registry.People.Count, "people");
        }
        check.Items<QuoteKind>("quotes", record.Quotes);
        for (var i = 0; i < record.Quotes.Length; i++)
        {
            var quote = record.Quotes[i];
            check.Position(Field("quotes", i) + ".speaker", quote.Reference, registry.People.Count, "people");
            if (quote.Link >= 0) check.Position(Field("quotes", i) + ".turn", quote.Link & ~ArticleRecord.TurnQuote, record.Turns.Length, "turns of the article");
        }
        for (var i = 0; i < record.Figures.Length; i++)
        {
            var figure = record.Figures[i];
            var field = Field("figures", i);
            check.Span(field, figure.Range);
            check.Position(field + ".unit", figure.Unit, registry.Units.Count, "units");
            check.Position(field + ".measure", figure.Measure, registry.Measures.Count, "measures");
            check.Code<FigureQualifier>(field + ".qualifier", figure.Qualifier);
            check.Optional(field + ".statedBy", figure.StatedBy, registry.People.Count, "people");
        }
        check.Items<CorrectionKind>("corrections", record.Corrections);
        check.Items<TermKind>("terms", record.Terms);
        for (var i = 0; i < record.Mentions.Length; i++) check.Position(Field("people", i), record.Mentions[i], registry.People.Count, "people");
    }

    private static string Field(string array, int index) => array + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    private readonly struct Checker(string articleId, int textLength)
    {
        public void Span(string field, RecordRange range)
        {
            // The reader makes End = Start + length with non-negative numbers, so only the end can be out of the text.
            if (range.Start < 0 || range.End < range.Start || range.End > textLength)
            {
                Fail(field, range.Start, $"a span [{range.Start}..{range.End}) outside the text of {textLength} characters");
            }
        }

        public void Spans(string field, RecordRange[] ranges)
        {
            for (var i = 0; i < ranges.Length; i++) Span(Field(field, i), ranges[i]);
        }

        public void Items<TEnum>(string field, RecordItem[] items)
            where TEnum : struct, Enum
        {
            for (var i = 0; i < items.Length; i++)
            {
                Span(Field(field, i), items[i].Range);
                Code<TEnum>(Field(field, i) + ".code", items[i].Code);
            }
        }

        public void Position(string field, int position, int count, string what)
        {
            if ((uint)position >= (uint)count) Fail(field, position, $"past the {count} {what}");
        }

        public void Optional(string field, int position, int count, string what)
        {
            if (position != -1) Position(field, position, count, what);
        }

        public void Code<TEnum>(string field, int code)
            where TEnum : struct, Enum
        {
            if (!Vocabulary.IsCode<TEnum>(code)) Fail(field, code, $"not a {typeof(TEnum).Name} code");
        }

        // The date must be one PublicationDate can give its first and last day of.
        public void Date(int year, int month, int day, DatePrecision precision)
        {
            if (year is < 1 or > 9999) Fail("published.year", year, "not a year from 1 to 9999");
            if (month is < 0 or > 12) Fail("published.month", month, "not a month (0 for none)");
            if (day < 0 || day > (month == 0 ? 0 : DateTime.DaysInMonth(year, month))) Fail("published.day", day, "not a day of its month (0 for none)");
            var consistent = precision switch
            {
                DatePrecision.Day => month > 0 && day > 0,
                DatePrecision.Month => month > 0 && day == 0,
                _ => month == 0 && day == 0,
            };
            if (!consistent) Fail("published.precision", (int)precision, $"which does not fit the date {year}-{month}-{day}");
        }

        public void Fail(string field, int value, string why)
            => throw new InvalidDataException(
                $"The compiled record of article '{articleId}' is damaged: {field} is {value.ToString(CultureInfo.InvariantCulture)}, {why}. The assembly is not the one the build wrote.");
    }
}
