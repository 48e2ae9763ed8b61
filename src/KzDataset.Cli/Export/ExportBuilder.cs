using System;
using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Cli.Export;

/// <summary>Maps the corpus to the export records, one list per file.</summary>
internal static class ExportBuilder
{
    public static IReadOnlyList<ArticleRecord> Articles(Corpus corpus) => corpus.Articles.Select(a => new ArticleRecord(
        a.Id,
        a.SeedFile,
        a.Title,
        a.TitleNote,
        a.Outlet.Id,
        a.Outlet.Name,
        a.OutletInferred,
        a.OutletNote,
        new DateRecord(a.Published.ToString(), Word(a.Published.Precision), a.Published.Inferred, a.Published.Note),
        a.Language,
        VocabularyWords.Flags(a.Processing),
        Word(a.Format),
        a.Sha256,
        a.Length,
        a.Body,
        a.Excluded.Select(e => new SpanRecord(e.Span.Start, e.Span.End, Word(e.Reason), e.Note, e.Text)).ToList(),
        a.People.Select(p => p.Id).ToList())).ToList();

    public static IReadOnlyList<PersonRecord> People(Corpus corpus) => corpus.People.Select(p => new PersonRecord(
        p.Id, p.Name, p.Aliases, p.Affiliation, p.Role, Word(p.Kind), p.Note, p.Articles.Select(a => a.Id).ToList(), p.Quotes.Count)).ToList();

    public static IReadOnlyList<QuoteRecord> Quotes(Corpus corpus) => corpus.Quotes.Select(q => new QuoteRecord(
        q.Id, q.Article.Id, q.Speaker.Id, Word(q.Kind), q.Text, q.Span.Start, q.Span.End, q.Cue, q.Turn?.Id, q.Note)).ToList();

    public static IReadOnlyList<FigureRecord> Figures(Corpus corpus) => corpus.Figures.Select(f => new FigureRecord(
        f.Id, f.Article.Id, f.Value, f.Lower, f.Upper, f.Unit.Id, f.Measure.Id, Word(f.Qualifier),
        f.Subject, f.AsOf, f.StatedBy?.Id, f.Reading, f.Text, f.Span.Start, f.Span.End, f.Note)).ToList();

    public static IReadOnlyList<CorrectionRecord> Corrections(Corpus corpus) => corpus.Corrections.Select(c => new CorrectionRecord(
        c.Id, c.Article.Id, c.Text, c.Correct, Word(c.Kind), c.Span.Start, c.Span.End, c.Note)).ToList();

    public static IReadOnlyList<TurnRecord> Turns(Corpus corpus) => corpus.Articles.SelectMany(a => a.Turns).Select(t => new TurnRecord(
        t.Id, t.Article.Id, Word(t.Role), t.Speaker?.Id, t.Text, t.Span.Start, t.Span.End)).ToList();

    private static string Word<T>(T value) where T : struct, Enum => VocabularyWords.Of(value);
}
