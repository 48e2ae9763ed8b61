using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KzDataset.Rendering;

/// <summary>
/// Renders corpus records as plain text (<c>text/plain</c>): a record as one line of its fields
/// separated by " · ", a sequence as a count line, an aligned listing of the first rows and a
/// note of how many were left out. Line breaks and tabs of the seed text become spaces, so each
/// record stays on its line.
/// </summary>
public static class TextRenderer
{
    /// <summary>A listing cuts free text longer than this many characters (with an ellipsis), so columns stay aligned.</summary>
    private const int LongCellLimit = 60;

    /// <summary>An article as one line: id, title, outlet, date, format, language and counts.</summary>
    public static string Render(Article article) => Line(RecordKinds.Article, article);

    /// <summary>A quote as one line.</summary>
    public static string Render(Quote quote) => Line(RecordKinds.Quote, quote);

    /// <summary>A figure as one line.</summary>
    public static string Render(Figure figure) => Line(RecordKinds.Figure, figure);

    /// <summary>A person (or expert) as one line.</summary>
    public static string Render(Person person) => Line(RecordKinds.Person, person);

    /// <summary>A correction as one line.</summary>
    public static string Render(Correction correction) => Line(RecordKinds.Correction, correction);

    /// <summary>A turn as one line.</summary>
    public static string Render(Turn turn) => Line(RecordKinds.Turn, turn);

    /// <summary>A text span as one line.</summary>
    public static string Render(TextSpan span) => Line(RecordKinds.TextSpan, span);

    /// <summary>Articles as a listing of the first <paramref name="maxRows"/>.</summary>
    public static string Render(IEnumerable<Article> articles, int maxRows = HtmlRenderer.DefaultMaxRows) => Listing(RecordKinds.Article, articles, maxRows);

    /// <summary>Quotes as a listing of the first <paramref name="maxRows"/>.</summary>
    public static string Render(IEnumerable<Quote> quotes, int maxRows = HtmlRenderer.DefaultMaxRows) => Listing(RecordKinds.Quote, quotes, maxRows);

    /// <summary>Figures as a listing of the first <paramref name="maxRows"/>.</summary>
    public static string Render(IEnumerable<Figure> figures, int maxRows = HtmlRenderer.DefaultMaxRows) => Listing(RecordKinds.Figure, figures, maxRows);

    /// <summary>People (or experts) as a listing of the first <paramref name="maxRows"/>.</summary>
    public static string Render(IEnumerable<Person> people, int maxRows = HtmlRenderer.DefaultMaxRows) => Listing(RecordKinds.Person, people, maxRows);

    /// <summary>Corrections as a listing of the first <paramref name="maxRows"/>.</summary>
    public static string Render(IEnumerable<Correction> corrections, int maxRows = HtmlRenderer.DefaultMaxRows) => Listing(RecordKinds.Correction, corrections, maxRows);

    /// <summary>Turns as a listing of the first <paramref name="maxRows"/>.</summary>
    public static string Render(IEnumerable<Turn> turns, int maxRows = HtmlRenderer.DefaultMaxRows) => Listing(RecordKinds.Turn, turns, maxRows);

    /// <summary>Text spans as a listing of the first <paramref name="maxRows"/>.</summary>
    public static string Render(IEnumerable<TextSpan> spans, int maxRows = HtmlRenderer.DefaultMaxRows) => Listing(RecordKinds.TextSpan, spans, maxRows);

    private static string Line<T>(RecordKind<T> kind, T record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.Join(" · ", kind.Columns
            .Select(c => (c.Header, Value: OneLine(c.Value(record))))
            .Where(c => !string.IsNullOrEmpty(c.Value))
            .Select(c => c.Header + ": " + c.Value));
    }

    private static string Listing<T>(RecordKind<T> kind, IEnumerable<T> records, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var all = records as IReadOnlyCollection<T> ?? records.ToList();
        var rows = all.Take(maxRows)
            .Select(r => kind.Columns.Select(c => OneLine(c.Long ? HtmlRenderer.Shorten(c.Value(r), LongCellLimit) : c.Value(r))).ToArray())
            .ToList();
        var headers = kind.Columns.Select(c => c.Header).ToArray();
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();

        var text = new StringBuilder().Append(kind.Count(all.Count)).Append('\n');
        AppendRow(text, headers, widths);
        foreach (var row in rows) AppendRow(text, row, widths);
        if (all.Count > maxRows) text.Append($"… {all.Count - maxRows} more not shown ({maxRows} of {kind.Count(all.Count)})\n");
        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, string[] cells, int[] widths)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) text.Append("  ");
            text.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }
        text.Append('\n');
    }

    /// <summary>The text on one line: line breaks and tabs as spaces, runs of spaces as one.</summary>
    private static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var line = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var ch = char.IsWhiteSpace(c) || char.IsControl(c) ? ' ' : c;
            if (ch == ' ' && line.Length > 0 && line[^1] == ' ') continue;
            line.Append(ch);
        }
        return line.ToString().Trim();
    }
}
