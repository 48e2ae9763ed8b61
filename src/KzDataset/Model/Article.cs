using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Generator.Model;
using KzDataset.Generator.Text;

namespace KzDataset;

/// <summary>
/// One article of the corpus: its metadata, its verbatim text (decoded from the assembly on first
/// use), its body without the non-article spans, and its annotations.
/// </summary>
public sealed class Article
{
    private readonly ArticleModel _model;
    private readonly Lazy<string> _body;
    private readonly Lazy<LineIndex> _lines;

    /// <summary>Builds the article from its resolved model and links it to the registry's people.</summary>
    internal Article(ArticleModel model, string rawText, OutletInfo outlet, IReadOnlyDictionary<string, Person> people)
    {
        _model = model;
        RawText = rawText;
        OutletInfo = outlet;
        _lines = new Lazy<LineIndex>(() => new LineIndex(RawText));

        TitleSpan = model.TitleRange is { } t ? Span(t) : null;
        OutletCues = model.OutletCues.Select(Span).ToArray();
        var d = model.Published;
        Published = new PublicationDate(d.Year, d.Month, d.Day, EnumValues<DatePrecision>.Parse(d.Precision), d.Inferred, d.Note, d.Cues.Select(Span).ToArray());
        Processing = EnumValues<TextProcessing>.Flags(model.Language.Processing);
        Format = EnumValues<ArticleFormat>.Parse(model.Format);
        Excluded = model.Exclusions.Select(e => new ExcludedSpan(Span(e.Range), EnumValues<ExclusionReason>.Parse(e.Reason), e.Note)).ToArray();
        Paragraphs = model.Paragraphs.Select((p, i) => new Paragraph(i, p.Segments.Select(Span).ToArray())).ToArray();
        _body = new Lazy<string>(() => string.Join("\n\n", Paragraphs.Select(p => p.Text)));
        Terms = model.Terms.Select(t => new QuotedTerm(Span(t.Range), EnumValues<TermKind>.Parse(t.Kind), t.Note)).ToArray();
        Corrections = model.Corrections.Select(c => new Correction(this, c.Id, Span(c.Range), c.Correct, EnumValues<CorrectionKind>.Parse(c.Kind), c.Note)).ToArray();

        var turns = model.Turns.Select(t => new Turn(this, t.Id, EnumValues<TurnRole>.Parse(t.Role),
            t.SpeakerId is null ? null : people[t.SpeakerId], Span(t.Range), t.Note)).ToArray();
        var turnsById = turns.ToDictionary(t => t.LocalId, StringComparer.Ordinal);
        var quotes = new Quote[model.Quotes.Count];
        for (var i = 0; i < quotes.Length; i++)
        {
            var q = model.Quotes[i];
            var quote = new Quote(this, q.Id, people[q.SpeakerId], EnumValues<QuoteKind>.Parse(q.Kind), Span(q.Range), q.Cue, q.Note);
            if (q.TurnId is not null && turnsById.TryGetValue(q.TurnId, out var turn))
            {
                quote.Turn = turn;
                if (turn.LocalId == q.Id) turn.Quote = quote;
            }
            quotes[i] = quote;
        }
        Turns = turns;
        Quotes = quotes;
        Figures = model.Figures.Select(f => new Figure(this, f, f.StatedBy is null ? null : people[f.StatedBy], Span(f.Range))).ToArray();
        People = model.Mentions.Select(id => people[id]).ToArray();
    }

    /// <summary>The stable slug id, e.g. "nyt-tokayev-embraces-russia".</summary>
    public string Id => _model.Id;

    /// <summary>The seed file the text comes from, e.g. "002_0ce620ee8e70cfa9.txt".</summary>
    public string SeedFile => _model.SeedFile;

    /// <summary>SHA-256 of the seed file's bytes (lowercase hex), checked at build time and on load.</summary>
    public string Sha256 => _model.Sha256;

    /// <summary>The headline as it stands in the text; null when the text has none (see <see cref="TitleNote"/>).</summary>
    public string? Title => _model.Title;

    /// <summary>Where the headline is.</summary>
    public TextSpan? TitleSpan { get; }

    /// <summary>Why there is no headline, or a remark on it.</summary>
    public string? TitleNote => _model.TitleNote;

    /// <summary>The outlet that published the article.</summary>
    public Outlet Outlet => OutletInfo.Id;

    /// <summary>The outlet's registry entry (name, country).</summary>
    public OutletInfo OutletInfo { get; }

    /// <summary>True when the outlet is inferred from indirect evidence rather than named in the text.</summary>
    public bool OutletInferred => _model.OutletInferred;

    /// <summary>How the outlet was identified.</summary>
    public string? OutletNote => _model.OutletNote;

    /// <summary>The passages that identify the outlet (a logo, "told the Monitor", "franceinfo:").</summary>
    public IReadOnlyList<TextSpan> OutletCues { get; }

    /// <summary>The publication date, with its precision and whether it is stated or inferred.</summary>
    public PublicationDate Published { get; }

    /// <summary>ISO 639 code of the language the article was written in.</summary>
    public string Language => _model.Language.Original;

    /// <summary>What happened to the text since (machine translation, transcription…).</summary>
    public TextProcessing Processing { get; }

    /// <summary>Remarks on the language and translation.</summary>
    public string? LanguageNote => _model.Language.Note;

    /// <summary>Interview, panel, news or analysis.</summary>
    public ArticleFormat Format { get; }

    /// <summary>The verbatim seed text, decoded when the article is first used (without a byte-order mark, if the file has one).</summary>
    public string RawText { get; }

    /// <summary>Length of <see cref="RawText"/> in UTF-16 code units.</summary>
    public int Length => _model.Length;

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
    internal int LineOf(int offset) => _lines.Value.LineOf(offset) + 1;

    /// <inheritdoc />
    public override string ToString() => Id;

    private TextSpan Span(Generator.Model.TextRange range) => new(this, range.Start, range.End);
}
