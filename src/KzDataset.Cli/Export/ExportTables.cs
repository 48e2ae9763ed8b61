using System;
using System.Collections.Generic;
using System.Linq;
using static KzDataset.Cli.Export.ColumnType;

namespace KzDataset.Cli.Export;

/// <summary>
/// The normalized tables of the flat exports, in an order where every table comes after the tables it refers to.
/// Column names are snake_case; enums are the sidecars' kebab-case words; <c>start</c>/<c>end</c> are UTF-16
/// offsets into the article's raw text; lists of the JSON records are tables of their own.
/// </summary>
internal static class ExportTables
{
    /// <summary>The names of the tables, in the order <see cref="From"/> returns them.</summary>
    public static readonly IReadOnlyList<string> Names = new[]
    {
        "outlets", "measures", "units", "people", "person_aliases", "articles", "article_processing", "article_people",
        "excluded_spans", "turns", "quotes", "figures", "corrections",
    };

    public static IReadOnlyList<ExportTable> From(Corpus corpus) => new[]
    {
        Outlets(corpus), Measures(corpus), Units(corpus), People(corpus), PersonAliases(corpus), Articles(corpus),
        ArticleProcessing(corpus), ArticlePeople(corpus), ExcludedSpans(corpus), Turns(corpus), Quotes(corpus),
        Figures(corpus), Corrections(corpus),
    };

    private static ExportTable Outlets(Corpus corpus) => new TableBuilder<OutletInfo>("outlets", "The outlets of the outlet registry.", corpus.Outlets)
        .Key("id")
        .Column("id", Text, "Registry id.", o => o.Id)
        .Column("name", Text, "Display name.", o => o.Name)
        .Optional("country", Text, "Country of the outlet.", o => o.Country)
        .Optional("language", Text, "Main language (BCP 47).", o => o.Language)
        .Optional("note", Text, "Annotator's note.", o => o.Note)
        .Build();

    private static ExportTable Measures(Corpus corpus) => new TableBuilder<MeasureInfo>("measures", "What a figure counts: the measure registry.", corpus.Measures)
        .Key("id")
        .Column("id", Text, "Registry id.", m => m.Id)
        .Column("name", Text, "Display name.", m => m.Name)
        .Optional("description", Text, "What is counted.", m => m.Description)
        .Build();

    private static ExportTable Units(Corpus corpus) => new TableBuilder<UnitInfo>("units", "The unit registry.", corpus.Units)
        .Key("id")
        .Column("id", Text, "Registry id.", u => u.Id)
        .Column("name", Text, "Display name.", u => u.Name)
        .Optional("symbol", Text, "Symbol, such as $ or %.", u => u.Symbol)
        .Build();

    private static ExportTable People(Corpus corpus) => new TableBuilder<Person>("people", "Everyone in the people registry: experts, officials, leaders and others.", corpus.People)
        .Key("id")
        .Column("id", Text, "Registry id.", p => p.Id)
        .Column("name", Text, "Display name.", p => p.Name)
        .Column("kind", Text, "expert, official, leader, journalist, executive, activist, organisation or group.", p => Word(p.Kind))
        .Optional("affiliation", Text, "Organisation.", p => p.Affiliation)
        .Optional("role", Text, "Position or title.", p => p.Role)
        .Optional("note", Text, "Annotator's note.", p => p.Note)
        .Build();

    private static ExportTable PersonAliases(Corpus corpus) => new TableBuilder<(Person Person, int Position, string Alias)>(
            "person_aliases", "Other spellings of a person's name, in registry order.",
            corpus.People.SelectMany(p => p.Aliases.Select((alias, i) => (p, i, alias))))
        .Key("person_id", "position")
        .References("person_id", "people")
        .Column("person_id", Text, "The person.", x => x.Person.Id)
        .Column("position", Integer, "0-based position in the registry's list.", x => x.Position)
        .Column("alias", Text, "The spelling.", x => x.Alias)
        .Build();

    private static ExportTable Articles(Corpus corpus) => new TableBuilder<Article>("articles", "One row per article, with its body and where it was published.", corpus.Articles)
        .Key("id")
        .References("outlet_id", "outlets")
        .Column("id", Text, "Article id.", a => a.Id)
        .Column("seed_file", Text, "The text's file name in the seeds folder.", a => a.SeedFile)
        .Optional("title", Text, "Headline.", a => a.Title)
        .Optional("title_note", Text, "Note on the title.", a => a.TitleNote)
        .Column("outlet_id", Text, "The outlet.", a => a.Outlet.Id)
        .Column("outlet_inferred", Bool, "true when the outlet is inferred, not stated by the text.", a => a.OutletInferred)
        .Optional("outlet_note", Text, "Note on the outlet.", a => a.OutletNote)
        .Column("published", Text, "Publication date at its precision: 2022-01-07, 2022-01 or 2022.", a => a.Published.ToString())
        .Column("published_precision", Text, "day, month or year.", a => Word(a.Published.Precision))
        .Column("published_year", Integer, "Year.", a => a.Published.Year)
        .Optional("published_month", Integer, "Month (1-12), null at year precision.", a => a.Published.Month)
        .Optional("published_day", Integer, "Day of the month, null unless the precision is day.", a => a.Published.Day)
        .Optional("published_date", Date, "The date, only when the precision is day.", a => a.Published.Precision == DatePrecision.Day ? a.Published.Earliest : null)
        .Column("published_earliest", Date, "First day the date can be.", a => a.Published.Earliest)
        .Column("published_latest", Date, "Last day the date can be.", a => a.Published.Latest)
        .Column("published_inferred", Bool, "true when the date is inferred, not stated by the text.", a => a.Published.Inferred)
        .Optional("published_note", Text, "Note on the date.", a => a.Published.Note)
        .Column("language", Text, "Language of the text (BCP 47).", a => a.Language)
        .Optional("language_note", Text, "Note on the language.", a => a.LanguageNote)
        .Column("format", Text, "news, analysis, interview or panel.", a => Word(a.Format))
        .Column("sha256", Text, "SHA-256 of the text file (hex).", a => a.Sha256)
        .Column("length", Integer, "Length of the raw text in UTF-16 code units.", a => a.Length)
        .Column("body", Text, "The text without the excluded spans.", a => a.Body)
        .Build();

    private static ExportTable ArticleProcessing(Corpus corpus) => new TableBuilder<(Article Article, string Flag)>(
            "article_processing", "How a text was processed before it was scraped (machine-translated, …): one row per flag.",
            corpus.Articles.SelectMany(a => VocabularyWords.Flags(a.Processing).Select(flag => (a, flag))))
        .Key("article_id", "flag")
        .References("article_id", "articles")
        .Column("article_id", Text, "The article.", x => x.Article.Id)
        .Column("flag", Text, "The processing flag.", x => x.Flag)
        .Build();

    private static ExportTable ArticlePeople(Corpus corpus) => new TableBuilder<(Article Article, Person Person)>(
            "article_people", "The people each article mentions or quotes.",
            corpus.Articles.SelectMany(a => a.People.Select(p => (a, p))))
        .Key("article_id", "person_id")
        .References("article_id", "articles")
        .References("person_id", "people")
        .Column("article_id", Text, "The article.", x => x.Article.Id)
        .Column("person_id", Text, "The person.", x => x.Person.Id)
        .Build();

    private static ExportTable ExcludedSpans(Corpus corpus) => new TableBuilder<ExcludedSpan>(
            "excluded_spans", "Spans of the raw text that are not the article: ads, widgets, scraper debris.",
            corpus.Articles.SelectMany(a => a.Excluded))
        .Key("article_id", "start")
        .References("article_id", "articles")
        .Column("article_id", Text, "The article.", e => e.Span.Article.Id)
        .Column("start", Integer, "Start offset (UTF-16) in the raw text.", e => e.Span.Start)
        .Column("end", Integer, "End offset (UTF-16, exclusive).", e => e.Span.End)
        .Column("reason", Text, "Why the span is excluded.", e => Word(e.Reason))
        .Optional("note", Text, "Annotator's note.", e => e.Note)
        .Column("text", Text, "The excluded text.", e => e.Text)
        .Build();

    private static ExportTable Turns(Corpus corpus) => new TableBuilder<Turn>("turns", "Turns of interviews and panels.", corpus.Articles.SelectMany(a => a.Turns))
        .Key("id")
        .References("article_id", "articles")
        .References("speaker_id", "people")
        .Column("id", Text, "Turn id (article id/turn).", t => t.Id)
        .Column("article_id", Text, "The article.", t => t.Article.Id)
        .Column("role", Text, "question or answer.", t => Word(t.Role))
        .Optional("speaker_id", Text, "Who speaks, when known.", t => t.Speaker?.Id)
        .Column("text", Text, "The turn's text.", t => t.Text)
        .Column("start", Integer, "Start offset (UTF-16) in the raw text.", t => t.Span.Start)
        .Column("end", Integer, "End offset (UTF-16, exclusive).", t => t.Span.End)
        .Optional("note", Text, "Annotator's note.", t => t.Note)
        .Build();

    private static ExportTable Quotes(Corpus corpus) => new TableBuilder<Quote>("quotes", "Quotations and paraphrases, each attributed to a person.", corpus.Quotes)
        .Key("id")
        .References("article_id", "articles")
        .References("speaker_id", "people")
        .References("turn_id", "turns")
        .Column("id", Text, "Quote id (article id/quote).", q => q.Id)
        .Column("article_id", Text, "The article.", q => q.Article.Id)
        .Column("speaker_id", Text, "Who is quoted.", q => q.Speaker.Id)
        .Column("kind", Text, "direct, indirect, interview-answer, panel-answer or slogan.", q => Word(q.Kind))
        .Column("text", Text, "The quoted text, as in the raw text.", q => q.Text)
        .Column("start", Integer, "Start offset (UTF-16) in the raw text.", q => q.Span.Start)
        .Column("end", Integer, "End offset (UTF-16, exclusive).", q => q.Span.End)
        .Optional("cue", Text, "The attribution cue (said, told, …).", q => q.Cue)
        .Optional("turn_id", Text, "The interview or panel turn the quote is in.", q => q.Turn?.Id)
        .Optional("note", Text, "Annotator's note.", q => q.Note)
        .Build();

    private static ExportTable Figures(Corpus corpus) => new TableBuilder<Figure>("figures", "Numbers stated in the texts, with what they count.", corpus.Figures)
        .Key("id")
        .References("article_id", "articles")
        .References("unit_id", "units")
        .References("measure_id", "measures")
        .References("stated_by_id", "people")
        .Column("id", Text, "Figure id (article id/figure).", f => f.Id)
        .Column("article_id", Text, "The article.", f => f.Article.Id)
        .Optional("value", Number, "The value; null for a range.", f => f.Value)
        .Optional("lower", Number, "Lower bound of a range.", f => f.Lower)
        .Optional("upper", Number, "Upper bound of a range.", f => f.Upper)
        .Column("unit_id", Text, "The unit.", f => f.Unit.Id)
        .Column("measure_id", Text, "What is counted.", f => f.Measure.Id)
        .Column("qualifier", Text, "exact, about, at-least, …", f => Word(f.Qualifier))
        .Column("subject", Text, "What the figure is about.", f => f.Subject)
        .Optional("as_of", Text, "When the figure holds, as the text says.", f => f.AsOf)
        .Optional("stated_by_id", Text, "Who states it, when a person does.", f => f.StatedBy?.Id)
        .Optional("reading", Text, "How an ambiguous number was read.", f => f.Reading)
        .Column("text", Text, "The figure as written in the raw text.", f => f.Text)
        .Column("start", Integer, "Start offset (UTF-16) in the raw text.", f => f.Span.Start)
        .Column("end", Integer, "End offset (UTF-16, exclusive).", f => f.Span.End)
        .Optional("note", Text, "Annotator's note.", f => f.Note)
        .Build();

    private static ExportTable Corrections(Corpus corpus) => new TableBuilder<Correction>("corrections", "Translation and transcription errors of the texts, with the correct reading.", corpus.Corrections)
        .Key("id")
        .References("article_id", "articles")
        .Column("id", Text, "Correction id (article id/correction).", c => c.Id)
        .Column("article_id", Text, "The article.", c => c.Article.Id)
        .Column("text", Text, "The wrong text, as in the raw text.", c => c.Text)
        .Column("correct", Text, "The correct reading.", c => c.Correct)
        .Column("kind", Text, "What kind of error.", c => Word(c.Kind))
        .Column("start", Integer, "Start offset (UTF-16) in the raw text.", c => c.Span.Start)
        .Column("end", Integer, "End offset (UTF-16, exclusive).", c => c.Span.End)
        .Optional("note", Text, "Annotator's note.", c => c.Note)
        .Build();

    private static string Word<TEnum>(TEnum value) where TEnum : struct, Enum => VocabularyWords.Of(value);
}
