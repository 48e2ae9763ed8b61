using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KzDataset.Rendering;

/// <summary>
/// Renders corpus records as self-contained HTML fragments: an inline style scoped by the
/// <c>kzds</c> class, no scripts, no external resources, every piece of seed text HTML-encoded.
/// An article shows its metadata and its annotated text; any other record shows as a one-row
/// table; a sequence of records as a table with its row count, the first rows and a note of how
/// many were left out. Notebooks (the KzDataset.Interactive extension) and static pages use it alike.
/// </summary>
public static class HtmlRenderer
{
    /// <summary>How many rows a sequence shows unless told otherwise.</summary>
    public const int DefaultMaxRows = 20;

    /// <summary>An article: its metadata, counts, and its verbatim text with quotes, figures, corrections and excluded spans marked.</summary>
    public static string Render(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var html = new StringBuilder().Fragment("article");
        html.Element("div", "kzds-title", article.Title ?? article.Id, article.TitleNote);
        html.Append("<dl>");
        Term(html, "id", article.Id);
        Term(html, "outlet", article.Outlet.Name + (article.OutletInferred ? " (inferred)" : ""), article.OutletNote);
        Term(html, "published", RecordKinds.DateText(article.Published), article.Published.Note);
        Term(html, "format", VocabularyWords.Of(article.Format));
        Term(html, "language", RecordKinds.LanguageText(article), article.LanguageNote);
        Term(html, "counts", string.Join(", ",
            Counted(article.Quotes.Count, "quote", "quotes"), Counted(article.Figures.Count, "figure", "figures"),
            Counted(article.Corrections.Count, "correction", "corrections"), Counted(article.People.Count, "person", "people"),
            Counted(article.Turns.Count, "turn", "turns"), Counted(article.Excluded.Count, "excluded span", "excluded spans")));
        Term(html, "seed file", article.SeedFile);
        html.Append("</dl>");
        AnnotatedTextHtml.Write(html, AnnotatedText.From(article), AnnotatedTextOptions.Notebook);
        return html.Append("</div>").ToString();
    }

    /// <summary>
    /// An annotated text alone, as a <c>div</c> in the markup <paramref name="options"/> choose: an article's
    /// (<see cref="AnnotatedText.From(Article)"/>) or one rebuilt from a failed check. The notebook markup
    /// is styled by the fragment <see cref="Render(Article)"/> writes around it; the site markup by the site's stylesheet.
    /// </summary>
    public static string RenderText(AnnotatedText text, AnnotatedTextOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var html = new StringBuilder();
        AnnotatedTextHtml.Write(html, text, options);
        return html.ToString();
    }

    /// <summary>A quote as one row: id, speaker, kind, text, outlet, line, note.</summary>
    public static string Render(Quote quote) => Row(RecordKinds.Quote, quote, "quote");

    /// <summary>A figure as one row: id, value, unit, qualifier, measure, text, who states it, subject.</summary>
    public static string Render(Figure figure) => Row(RecordKinds.Figure, figure, "figure");

    /// <summary>A person (or expert) as one row: id, name, kind, affiliation, role, quote and article counts, note.</summary>
    public static string Render(Person person) => Row(RecordKinds.Person, person, "person");

    /// <summary>A correction as one row: the original words beside the correct ones, its kind and note.</summary>
    public static string Render(Correction correction) => Row(RecordKinds.Correction, correction, "correction");

    /// <summary>A turn of an interview or panel as one row.</summary>
    public static string Render(Turn turn) => Row(RecordKinds.Turn, turn, "turn");

    /// <summary>A span of an article's text as one row: article, offsets, line and the text.</summary>
    public static string Render(TextSpan span) => Row(RecordKinds.TextSpan, span, "span");

    /// <summary>Articles as a table: one row each (id, title, outlet, date, format, language, counts).</summary>
    public static string Render(IEnumerable<Article> articles, int maxRows = DefaultMaxRows) => Table(RecordKinds.Article, articles, maxRows);

    /// <summary>Quotes as a table with their count and the first <paramref name="maxRows"/> rows.</summary>
    public static string Render(IEnumerable<Quote> quotes, int maxRows = DefaultMaxRows) => Table(RecordKinds.Quote, quotes, maxRows);

    /// <summary>Figures as a table with their count and the first <paramref name="maxRows"/> rows.</summary>
    public static string Render(IEnumerable<Figure> figures, int maxRows = DefaultMaxRows) => Table(RecordKinds.Figure, figures, maxRows);

    /// <summary>People (or experts) as a table with their count and the first <paramref name="maxRows"/> rows.</summary>
    public static string Render(IEnumerable<Person> people, int maxRows = DefaultMaxRows) => Table(RecordKinds.Person, people, maxRows);

    /// <summary>Corrections as a table with their count and the first <paramref name="maxRows"/> rows.</summary>
    public static string Render(IEnumerable<Correction> corrections, int maxRows = DefaultMaxRows) => Table(RecordKinds.Correction, corrections, maxRows);

    /// <summary>Turns as a table with their count and the first <paramref name="maxRows"/> rows.</summary>
    public static string Render(IEnumerable<Turn> turns, int maxRows = DefaultMaxRows) => Table(RecordKinds.Turn, turns, maxRows);

    /// <summary>Text spans as a table with their count and the first <paramref name="maxRows"/> rows.</summary>
    public static string Render(IEnumerable<TextSpan> spans, int maxRows = DefaultMaxRows) => Table(RecordKinds.TextSpan, spans, maxRows);

    /// <summary>A listing cuts free text longer than this many characters (with an ellipsis); a single record shows it whole.</summary>
    internal const int LongCellLimit = 300;

    private static string Row<T>(RecordKind<T> kind, T record, string name)
    {
        ArgumentNullException.ThrowIfNull(record);
        var html = new StringBuilder().Fragment(name).Append("<table>");
        Header(html, kind);
        Cells(html, kind, record, shorten: false);
        return html.Append("</table></div>").ToString();
    }

    private static string Table<T>(RecordKind<T> kind, IEnumerable<T> records, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        var all = records as IReadOnlyCollection<T> ?? records.ToList();
        var html = new StringBuilder().Fragment("table").Append("<table>");
        html.Element("caption", "kzds-count", kind.Count(all.Count));
        Header(html, kind);
        foreach (var record in all.Take(maxRows)) Cells(html, kind, record, shorten: true);
        html.Append("</table>");
        if (all.Count > maxRows)
        {
            html.Element("div", "kzds-more", $"… {all.Count - maxRows} more not shown ({Math.Min(maxRows, all.Count)} of {kind.Count(all.Count)})");
        }
        return html.Append("</div>").ToString();
    }

    private static void Header<T>(StringBuilder html, RecordKind<T> kind)
    {
        html.Append("<tr>");
        foreach (var column in kind.Columns) html.Append("<th>").Text(column.Header).Append("</th>");
        html.Append("</tr>");
    }

    private static void Cells<T>(StringBuilder html, RecordKind<T> kind, T record, bool shorten)
    {
        html.Append("<tr>");
        foreach (var column in kind.Columns)
        {
            var value = column.Value(record);
            if (shorten && column.Long) value = Shorten(value, LongCellLimit);
            html.Append("<td>").Text(value).Append("</td>");
        }
        html.Append("</tr>");
    }

    private static void Term(StringBuilder html, string term, string value, string? note = null)
        => html.Append("<dt>").Text(term).Append("</dt>").Element("dd", "kzds-value", value, note);

    private static string Counted(int count, string singular, string plural) => RecordKinds.Number(count) + " " + (count == 1 ? singular : plural);

    /// <summary>At most <paramref name="limit"/> characters, ending in an ellipsis when cut; never splits a surrogate pair.</summary>
    internal static string? Shorten(string? text, int limit)
    {
        if (text is null || text.Length <= limit) return text;
        var cut = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return text[..cut] + "…";
    }
}
