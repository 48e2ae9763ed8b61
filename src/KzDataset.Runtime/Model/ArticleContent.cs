using System;
using KzDataset.Format;

namespace KzDataset;

/// <summary>
/// What of an article needs its text or its sidecar: the text, the sidecar's free text (notes, ids,
/// cues, subjects) and the items that carry it. Built once per article, on first use
/// (<see cref="ArticleLoader.ReadContent"/>), from a record that <see cref="RecordCheck"/> has checked.
/// </summary>
internal sealed class ArticleContent
{
    public ArticleContent(Article article, ArticleRecord record, Sidecar sidecar, string rawText, RegistryLists registry)
    {
        RawText = rawText;
        Sha256 = sidecar.Required("sha256");
        Title = article.TitleSpan is { } title ? rawText.Substring(title.Start, title.Length) : null;
        TitleNote = sidecar.String("titleNote");
        OutletNote = sidecar.String("note", "outlet");
        DateNote = sidecar.String("note", "published");
        Language = sidecar.String("original", "language") ?? string.Empty;
        LanguageNote = sidecar.String("note", "language");

        var people = registry.People;
        Excluded = Array.ConvertAll(record.Exclusions, e => new ExcludedSpan(article.Span(e.Range), Vocabulary.Code<ExclusionReason>(e.Code), sidecar.Item("exclude", e.Source, "note")));
        Terms = Array.ConvertAll(record.Terms, t => new QuotedTerm(article.Span(t.Range), Vocabulary.Code<TermKind>(t.Code), sidecar.Item("terms", t.Source, "note")));
        Corrections = Array.ConvertAll(record.Corrections, c => new Correction(article, sidecar.RequiredItem("corrections", c.Source, "id"), article.Span(c.Range),
            sidecar.RequiredItem("corrections", c.Source, "correct"), Vocabulary.Code<CorrectionKind>(c.Code), sidecar.Item("corrections", c.Source, "note")));
        var turns = Array.ConvertAll(record.Turns, t => new Turn(article, TurnIds.Of(t.Source), Vocabulary.Code<TurnRole>(t.Code),
            t.Reference < 0 ? null : people[t.Reference], article.Span(t.Range), sidecar.Item("turns", t.Source, "note")));
        var quotes = new Quote[record.Quotes.Length];
        for (var i = 0; i < quotes.Length; i++)
        {
            var q = record.Quotes[i];
            var turn = q.Link < 0 ? null : turns[q.Link & ~ArticleRecord.TurnQuote];
            var isTurn = q.Link >= 0 && (q.Link & ArticleRecord.TurnQuote) != 0;
            // An answer turn is its own quote: its id and note are the turn's.
            var quote = isTurn
                ? new Quote(article, turn!.LocalId, people[q.Reference], Vocabulary.Code<QuoteKind>(q.Code), article.Span(q.Range), null, turn.Note)
                : new Quote(article, sidecar.RequiredItem("quotes", q.Source, "id"), people[q.Reference], Vocabulary.Code<QuoteKind>(q.Code), article.Span(q.Range),
                    sidecar.Item("quotes", q.Source, "cue"), sidecar.Item("quotes", q.Source, "note"));
            quote.Turn = turn;
            if (isTurn) turn!.Quote = quote;
            quotes[i] = quote;
        }
        Turns = turns;
        Quotes = quotes;
        Figures = Array.ConvertAll(record.Figures, f => new Figure(article, sidecar.RequiredItem("figures", f.Source, "id"), f, registry,
            f.StatedBy < 0 ? null : people[f.StatedBy], article.Span(f.Range),
            sidecar.RequiredItem("figures", f.Source, "subject"), sidecar.Item("figures", f.Source, "asOf"),
            sidecar.Item("figures", f.Source, "reading"), sidecar.Item("figures", f.Source, "note")));
    }

    public string RawText { get; }

    public string Sha256 { get; }

    public string? Title { get; }

    public string? TitleNote { get; }

    public string? OutletNote { get; }

    public string? DateNote { get; }

    public string Language { get; }

    public string? LanguageNote { get; }

    public ExcludedSpan[] Excluded { get; }

    public QuotedTerm[] Terms { get; }

    public Correction[] Corrections { get; }

    public Turn[] Turns { get; }

    public Quote[] Quotes { get; }

    public Figure[] Figures { get; }
}
