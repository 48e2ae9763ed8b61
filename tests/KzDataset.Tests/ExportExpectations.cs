using System;
using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Tests;

/// <summary>
/// What every table of the flat exports must hold, computed from the typed API of a corpus on its own
/// (not from the exporter's table definitions), so a column the exporter drops or gets wrong fails the tests.
/// </summary>
internal static class ExportExpectations
{
    public sealed record Table(string[] Key, List<Dictionary<string, object?>> Rows);

    public static Dictionary<string, Table> Of(Corpus corpus) => new()
    {
        ["outlets"] = new(["id"], corpus.Outlets.Select(o => Row(("id", o.Id), ("name", o.Name), ("country", o.Country), ("language", o.Language), ("note", o.Note))).ToList()),
        ["measures"] = new(["id"], corpus.Measures.Select(m => Row(("id", m.Id), ("name", m.Name), ("description", m.Description))).ToList()),
        ["units"] = new(["id"], corpus.Units.Select(u => Row(("id", u.Id), ("name", u.Name), ("symbol", u.Symbol))).ToList()),
        ["people"] = new(["id"], corpus.People.Select(p => Row(
            ("id", p.Id), ("name", p.Name), ("kind", Word(p.Kind)), ("affiliation", p.Affiliation), ("role", p.Role), ("note", p.Note))).ToList()),
        ["person_aliases"] = new(["person_id", "position"], corpus.People.SelectMany(p => p.Aliases.Select((alias, i) => Row(
            ("person_id", p.Id), ("position", i), ("alias", alias)))).ToList()),
        ["articles"] = new(["id"], corpus.Articles.Select(a => Row(
            ("id", a.Id), ("seed_file", a.SeedFile), ("title", a.Title), ("title_note", a.TitleNote), ("outlet_id", a.Outlet.Id),
            ("outlet_inferred", a.OutletInferred), ("outlet_note", a.OutletNote), ("published", a.Published.ToString()),
            ("published_precision", Word(a.Published.Precision)), ("published_year", a.Published.Year), ("published_month", a.Published.Month),
            ("published_day", a.Published.Day),
            ("published_date", a.Published.Day is { } day ? new DateOnly(a.Published.Year, a.Published.Month!.Value, day) : null),
            ("published_earliest", a.Published.Earliest), ("published_latest", a.Published.Latest), ("published_inferred", a.Published.Inferred),
            ("published_note", a.Published.Note), ("language", a.Language), ("language_note", a.LanguageNote), ("format", Word(a.Format)),
            ("sha256", a.Sha256), ("length", a.RawText.Length), ("body", a.Body))).ToList()),
        ["article_processing"] = new(["article_id", "flag"], corpus.Articles.SelectMany(a => Enum.GetValues<TextProcessing>()
            .Where(f => f != TextProcessing.None && a.Processing.HasFlag(f)).Select(f => Row(("article_id", a.Id), ("flag", Word(f))))).ToList()),
        ["article_people"] = new(["article_id", "person_id"], corpus.Articles.SelectMany(a => a.People.Select(p => Row(("article_id", a.Id), ("person_id", p.Id)))).ToList()),
        ["excluded_spans"] = new(["article_id", "start"], corpus.Articles.SelectMany(a => a.Excluded.Select(e => Row(
            ("article_id", a.Id), ("start", e.Span.Start), ("end", e.Span.End), ("reason", Word(e.Reason)), ("note", e.Note),
            ("text", a.RawText[e.Span.Start..e.Span.End])))).ToList()),
        ["turns"] = new(["id"], corpus.Articles.SelectMany(a => a.Turns).Select(t => Row(
            ("id", t.Id), ("article_id", t.Article.Id), ("role", Word(t.Role)), ("speaker_id", t.Speaker?.Id),
            ("text", t.Article.RawText[t.Span.Start..t.Span.End]), ("start", t.Span.Start), ("end", t.Span.End), ("note", t.Note))).ToList()),
        ["quotes"] = new(["id"], corpus.Quotes.Select(q => Row(
            ("id", q.Id), ("article_id", q.Article.Id), ("speaker_id", q.Speaker.Id), ("kind", Word(q.Kind)),
            ("text", q.Article.RawText[q.Span.Start..q.Span.End]), ("start", q.Span.Start), ("end", q.Span.End), ("cue", q.Cue),
            ("turn_id", q.Turn?.Id), ("note", q.Note))).ToList()),
        ["figures"] = new(["id"], corpus.Figures.Select(f => Row(
            ("id", f.Id), ("article_id", f.Article.Id), ("value", f.Value), ("lower", f.Lower), ("upper", f.Upper), ("unit_id", f.Unit.Id),
            ("measure_id", f.Measure.Id), ("qualifier", Word(f.Qualifier)), ("subject", f.Subject), ("as_of", f.AsOf),
            ("stated_by_id", f.StatedBy?.Id), ("reading", f.Reading), ("text", f.Article.RawText[f.Span.Start..f.Span.End]),
            ("start", f.Span.Start), ("end", f.Span.End), ("note", f.Note))).ToList()),
        ["corrections"] = new(["id"], corpus.Corrections.Select(c => Row(
            ("id", c.Id), ("article_id", c.Article.Id), ("text", c.Article.RawText[c.Span.Start..c.Span.End]), ("correct", c.Correct),
            ("kind", Word(c.Kind)), ("start", c.Span.Start), ("end", c.Span.End), ("note", c.Note))).ToList()),
    };

    /// <summary>Asserts that <paramref name="actual"/> (one table, read back from a file) holds exactly the expected rows and columns.</summary>
    public static void Matches(string table, Table expected, IReadOnlyList<Dictionary<string, object?>> actual)
    {
        Xunit.Assert.True(expected.Rows.Count == actual.Count, $"{table}: {actual.Count} rows, expected {expected.Rows.Count}");
        var byKey = actual.ToDictionary(r => Key(expected.Key, r));
        foreach (var row in expected.Rows)
        {
            var key = Key(expected.Key, row);
            Xunit.Assert.True(byKey.TryGetValue(key, out var found), $"{table}: no row {key}");
            Xunit.Assert.Equal(row.Keys.Order(StringComparer.Ordinal), found!.Keys.Order(StringComparer.Ordinal));
            foreach (var (column, value) in row)
            {
                Xunit.Assert.True(Equals(value, found[column]), $"{table} {key}.{column}: '{found[column]}' ({found[column]?.GetType().Name}), expected '{value}' ({value?.GetType().Name})");
            }
        }
    }

    private static string Key(string[] columns, Dictionary<string, object?> row) => string.Join("|", columns.Select(c => Convert.ToString(row[c], System.Globalization.CultureInfo.InvariantCulture)));

    private static Dictionary<string, object?> Row(params (string Column, object? Value)[] values) => values.ToDictionary(v => v.Column, v => v.Value);

    private static string Word<T>(T value) where T : struct, Enum => VocabularyWords.Of(value);
}
