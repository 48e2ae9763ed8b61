using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Format;

namespace KzDataset;

/// <summary>
/// One article of the corpus: its metadata, its verbatim text (decoded from the assembly on first
/// use), its body without the non-article spans, and its annotations.
/// </summary>
public sealed class Article
{
    private readonly Lazy<string> _body;
    private readonly Lazy<int[]> _lineStarts;

    /// <summary>Builds the article from its compiled record, the free text of its sidecar and its text.</summary>
    internal Article(ManifestEntry entry, ArticleRecord record, Sidecar sidecar, string rawText, string sha256,
        RegistryLists registry)
    {
        Id = entry.Id;
        SeedFile = entry.BaseName + ".txt";
        Sha256 = sha256;
        RawText = rawText;
        _lineStarts = new Lazy<int[]>(() => LineStarts.Of(RawText));

        TitleSpan = record.Title is { } t ? Span(t) : null;
        Title = TitleSpan?.Text;
        TitleNote = sidecar.String("titleNote");
        var people = registry.People;
        Outlet = registry.Outlets[record.Outlet];
        OutletInferred = record.OutletInferred;
        OutletNote = sidecar.String("note", "outlet");
        OutletCues = Spans(record.OutletCues);
        Published = new PublicationDate(record.Year, record.Month, record.Day, Vocabulary.Code<DatePrecision>(record.Precision),
            record.DateInferred, sidecar.String("note", "published"), Spans(record.DateCues));
        Language = sidecar.String("original", "language") ?? string.Empty;
        LanguageNote = sidecar.String("note", "language");
        Processing = (TextProcessing)record.Processing;
        Format = Vocabulary.Code<ArticleFormat>(record.Format);

        Excluded = Array.ConvertAll(record.Exclusions, e => new ExcludedSpan(Span(e.Range), Vocabulary.Code<ExclusionReason>(e.Code), sidecar.Item("exclude", e.Source, "note")));
        var paragraphs = record.Paragraphs.Select((p, i) => new Paragraph(i, Spans(p))).ToArray();
        Paragraphs = paragraphs;
        _body = new Lazy<string>(() => string.Join("\n\n", paragraphs.Select(p => p.Text)));
        Terms = Array.ConvertAll(record.Terms, t => new QuotedTerm(Span(t.Range), Vocabulary.Code<TermKind>(t.Code), sidecar.Item("terms", t.Source, "note")));
        Corrections = Array.ConvertAll(record.Corrections, c => new Correction(this, sidecar.Item("corrections", c.Source, "id")!, Span(c.Range),
            sidecar.Item("corrections", c.Source, "correct")!, Vocabulary.Code<CorrectionKind>(c.Code), sidecar.Item("corrections", c.Source, "note")));

        var turns = Array.ConvertAll(record.Turns, t => new Turn(this, TurnIds.Of(t.Source), Vocabulary.Code<TurnRole>(t.Code),
            t.Reference < 0 ? null : people[t.Reference], Span(t.Range), sidecar.Item("turns", t.Source, "note")));
        var quotes = new Quote[record.Quotes.Length];
        for (var i = 0; i < quotes.Length; i++)
        {
            var q = record.Quotes[i];
            var turn = q.Link < 0 ? null : turns[q.Link & ~ArticleRecord.TurnQuote];
            var isTurn = q.Link >= 0 && (q.Link & ArticleRecord.TurnQuote) != 0;
            // An answer turn is its own quote: its id and note are the turn's.
            var quote = isTurn
                ? new Quote(this, turn!.LocalId, people[q.Reference], Vocabulary.Code<QuoteKind>(q.Code), Span(q.Range), null, turn.Note)
                : new Quote(this, sidecar.Item("quotes", q.Source, "id")!, people[q.Reference], Vocabulary.Code<QuoteKind>(q.Code), Span(q.Range),
                    sidecar.Item("quotes", q.Source, "cue"), sidecar.Item("quotes", q.Source, "note"));
            quote.Turn = turn;
            if (isTurn) turn!.Quote = quote;
            quotes[i] = quote;
        }
        Turns = turns;
        Quotes = quotes;
        Figures = Array.ConvertAll(record.Figures, f => new Figure(this, sidecar.Item("figures", f.Source, "id")!, f, registry,
            f.StatedBy < 0 ? null : people[f.StatedBy], Span(f.Range),
            sidecar.Item("figures", f.Source, "subject")!, sidecar.Item("figures", f.Source, "asOf"),
            sidecar.Item("figures", f.Source, "reading"), sidecar.Item("figures", f.Source, "note")));
        People = Array.ConvertAll(record.Mentions, m => people[m]);
    }

    /// <summary>The stable slug id, e.g. "nyt-tokayev-embraces-russia".</summary>
    public string Id { get; }

    /// <summary>The seed file the text comes from, e.g. "002_0ce620ee8e70cfa9.txt".</summary>
    public string SeedFile { get; }

    /// <summary>SHA-256 of the seed file's bytes (lowercase hex), as the sidecar records it and the build checked.</summary>
    public string Sha256 { get; }

    /// <summary>The headline as it stands in the text; null when the text has none (see <see cref="TitleNote"/>).</summary>
    public string? Title { get; }

    /// <summary>Where the headline is.</summary>
    public TextSpan? TitleSpan { get; }

    /// <summary>Why there is no headline, or a remark on it.</summary>
    public string? TitleNote { get; }

    /// <summary>The outlet that published the article: its registry entry (id, name, country).</summary>
    public OutletInfo Outlet { get; }

    /// <summary>True when the outlet is inferred from indirect evidence rather than named in the text.</summary>
    public bool OutletInferred { get; }

    /// <summary>How the outlet was identified.</summary>
    public string? OutletNote { get; }

    /// <summary>The passages that identify the outlet (a logo, "told the Monitor", "franceinfo:").</summary>
    public IReadOnlyList<TextSpan> OutletCues { get; }

    /// <summary>The publication date, with its precision and whether it is stated or inferred.</summary>
    public PublicationDate Published { get; }

    /// <summary>ISO 639 code of the language the article was written in.</summary>
    public string Language { get; }

    /// <summary>What happened to the text since (machine translation, transcription…).</summary>
    public TextProcessing Processing { get; }

    /// <summary>Remarks on the language and translation.</summary>
    public string? LanguageNote { get; }

    /// <summary>Interview, panel, news or analysis.</summary>
    public ArticleFormat Format { get; }

    /// <summary>The verbatim seed text, decoded when the article is first used (without a byte-order mark, if the file has one).</summary>
    public string RawText { get; }

    /// <summary>Length of <see cref="RawText"/> in UTF-16 code units.</summary>
    public int Length => RawText.Length;

    /// <summary>The article without its non-article spans: paragraphs joined by a blank line.</summary>
    public string Body => _body.Value;

    /// <summary>The body's paragraphs, with their offsets in the raw text.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The spans that are not the article (ads, widgets, HTML debris, duplicates).</summary>
    public IReadOnlyList<ExcludedSpan> Excluded { get; }

    /// <summary>Interview or panel turns, in text order (empty for news and analysis).</summary>
    public IReadOnlyList<Turn> Turns { get; }

    /// <summary>The quotes, in text order (interview and panel answers included).</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>The figures, in text order.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>Reading errors of the text, each with its corrected reading.</summary>
    public IReadOnlyList<Correction> Corrections { get; }

    /// <summary>Words in quotation marks that are not quotes.</summary>
    public IReadOnlyList<QuotedTerm> Terms { get; }

    /// <summary>The people the body names or quotes.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The experts among <see cref="People"/>.</summary>
    public IEnumerable<Expert> Experts => People.OfType<Expert>();

    /// <summary>1-based line of an offset of the raw text (\n, \r\n and a lone \r end a line, as in the build's diagnostics).</summary>
    internal int LineOf(int offset) => LineStarts.LineOf(_lineStarts.Value, offset) + 1;

    /// <inheritdoc />
    public override string ToString() => Id;

    private TextSpan Span(RecordRange range) => new(this, range.Start, range.End);

    private TextSpan[] Spans(RecordRange[] ranges) => Array.ConvertAll(ranges, Span);
}
