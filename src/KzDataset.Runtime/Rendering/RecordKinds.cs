using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KzDataset.Rendering;

/// <summary>The columns of each record type, in the sidecars' words for every vocabulary value.</summary>
internal static class RecordKinds
{
    public static RecordKind<Article> Article { get; } = new("article", "articles",
    [
        new("id", a => a.Id),
        new("title", a => a.Title, Long: true),
        new("outlet", a => a.Outlet.Name + (a.OutletInferred ? " (inferred)" : "")),
        new("published", a => DateText(a.Published)),
        new("format", a => VocabularyWords.Of(a.Format)),
        new("language", a => LanguageText(a)),
        new("quotes", a => Number(a.Quotes.Count)),
        new("figures", a => Number(a.Figures.Count)),
        new("corrections", a => Number(a.Corrections.Count)),
    ]);

    public static RecordKind<Quote> Quote { get; } = new("quote", "quotes",
    [
        new("id", q => q.Id),
        new("speaker", q => q.Speaker.Name),
        new("kind", q => VocabularyWords.Of(q.Kind)),
        new("text", q => q.Text, Long: true),
        new("outlet", q => q.Article.Outlet.Name),
        new("line", q => Number(q.Span.Line)),
        new("note", q => q.Note, Long: true),
    ]);

    public static RecordKind<Figure> Figure { get; } = new("figure", "figures",
    [
        new("id", f => f.Id),
        new("value", f => f.ValueText),
        new("unit", f => f.Unit.Name),
        new("qualifier", f => VocabularyWords.Of(f.Qualifier)),
        new("measure", f => f.Measure.Name),
        new("text", f => f.Text, Long: true),
        new("stated by", f => f.StatedBy?.Name),
        new("subject", f => f.Subject, Long: true),
    ]);

    public static RecordKind<Person> Person { get; } = new("person", "people",
    [
        new("id", p => p.Id),
        new("name", p => p.Name),
        new("kind", p => VocabularyWords.Of(p.Kind)),
        new("affiliation", p => p.Affiliation, Long: true),
        new("role", p => p.Role, Long: true),
        new("quotes", p => Number(p.Quotes.Count)),
        new("articles", p => Number(p.Articles.Count)),
        new("note", p => p.Note, Long: true),
    ]);

    public static RecordKind<Correction> Correction { get; } = new("correction", "corrections",
    [
        new("id", c => c.Id),
        new("original", c => c.Text, Long: true),
        new("correct", c => c.Correct, Long: true),
        new("kind", c => VocabularyWords.Of(c.Kind)),
        new("line", c => Number(c.Span.Line)),
        new("note", c => c.Note, Long: true),
    ]);

    public static RecordKind<Turn> Turn { get; } = new("turn", "turns",
    [
        new("id", t => t.Id),
        new("role", t => VocabularyWords.Of(t.Role)),
        new("speaker", t => t.Speaker?.Name),
        new("text", t => t.Text, Long: true),
        new("line", t => Number(t.Span.Line)),
        new("note", t => t.Note, Long: true),
    ]);

    public static RecordKind<TextSpan> TextSpan { get; } = new("span", "spans",
    [
        new("article", s => s.Article?.Id),
        new("start", s => Number(s.Start)),
        new("end", s => Number(s.End)),
        new("line", s => s.Article is null ? null : Number(s.Line)),
        new("text", s => s.Article is null ? null : s.Text, Long: true),
    ]);

    /// <summary>The date as the article gives it, with its precision and whether it was inferred.</summary>
    public static string DateText(PublicationDate date)
        => $"{date} ({VocabularyWords.Of(date.Precision)}{(date.Inferred ? ", inferred" : "")})";

    /// <summary>The original language and how the text came to be what it is (the sidecar's processing words).</summary>
    public static string LanguageText(Article article)
    {
        var processing = VocabularyWords.Flags(article.Processing);
        return processing.Count == 0 ? article.Language : article.Language + " (" + string.Join(", ", processing) + ")";
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The columns' cells of one record, as text.</summary>
    public static IEnumerable<string?> Cells<T>(this RecordKind<T> kind, T record) => kind.Columns.Select(c => c.Value(record));
}
