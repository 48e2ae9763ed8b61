using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using KzDataset.Format;

namespace KzDataset;

/// <summary>
/// One article of the corpus: its metadata, its verbatim text, its body without the non-article
/// spans, and its annotations. What the compiled record holds (outlet, date, format, processing,
/// spans, people, the number of quotes, figures…) is there at once; the text and the sidecar are
/// decoded the first time something needs them (a text, a note, an id, a quote), once.
/// </summary>
public sealed class Article
{
    private readonly Lazy<ArticleContent> _content;
    private readonly Lazy<string> _body;
    private readonly Lazy<int[]> _lineStarts;
    private readonly int _length;

    /// <summary>Builds the article from its compiled record, checked by <see cref="RecordCheck"/>; <paramref name="readContent"/> reads its text and sidecar when first needed.</summary>
    internal Article(ManifestEntry entry, ArticleRecord record, RegistryLists registry, Func<Article, ArticleContent> readContent)
    {
        Id = entry.Id;
        SeedFile = entry.BaseName + ".txt";
        _length = record.TextLength;
        _content = ReadOnce(this, readContent);
        _lineStarts = new Lazy<int[]>(() => LineStarts.Of(RawText), LazyThreadSafetyMode.ExecutionAndPublication);

        TitleSpan = record.Title is { } t ? Span(t) : null;
        var people = registry.People;
        Outlet = registry.Outlets[record.Outlet];
        OutletInferred = record.OutletInferred;
        OutletCues = Spans(record.OutletCues);
        Published = new PublicationDate(record.Year, record.Month, record.Day, Vocabulary.Code<DatePrecision>(record.Precision),
            record.DateInferred, () => Content.DateNote, Spans(record.DateCues));
        Processing = (TextProcessing)record.Processing;
        Format = Vocabulary.Code<ArticleFormat>(record.Format);
        var paragraphs = record.Paragraphs.Select((p, i) => new Paragraph(i, Spans(p))).ToArray();
        Paragraphs = paragraphs;
        _body = JoinOnce(paragraphs);
        People = Array.ConvertAll(record.Mentions, m => people[m]);

        Excluded = new RecordList<ExcludedSpan>(this, record.Exclusions.Length, static c => c.Excluded);
        Terms = new RecordList<QuotedTerm>(this, record.Terms.Length, static c => c.Terms);
        Corrections = new RecordList<Correction>(this, record.Corrections.Length, static c => c.Corrections);
        Turns = new RecordList<Turn>(this, record.Turns.Length, static c => c.Turns);
        Quotes = new RecordList<Quote>(this, record.Quotes.Length, static c => c.Quotes);
        Figures = new RecordList<Figure>(this, record.Figures.Length, static c => c.Figures);
    }

    /// <summary>The stable slug id, e.g. "nyt-tokayev-embraces-russia".</summary>
    public string Id { get; }

    /// <summary>The seed file the text comes from, e.g. "002_0ce620ee8e70cfa9.txt".</summary>
    public string SeedFile { get; }

    /// <summary>SHA-256 of the seed file's bytes (lowercase hex), as the sidecar records it and the build checked.</summary>
    public string Sha256 => Content.Sha256;

    /// <summary>The headline as it stands in the text; null when the text has none (see <see cref="TitleNote"/>).</summary>
    public string? Title => Content.Title;

    /// <summary>Where the headline is.</summary>
    public TextSpan? TitleSpan { get; }

    /// <summary>Why there is no headline, or a remark on it.</summary>
    public string? TitleNote => Content.TitleNote;

    /// <summary>The outlet that published the article: its registry entry (id, name, country).</summary>
    public OutletInfo Outlet { get; }

    /// <summary>True when the outlet is inferred from indirect evidence rather than named in the text.</summary>
    public bool OutletInferred { get; }

    /// <summary>How the outlet was identified.</summary>
    public string? OutletNote => Content.OutletNote;

    /// <summary>The passages that identify the outlet (a logo, "told the Monitor", "franceinfo:").</summary>
    public IReadOnlyList<TextSpan> OutletCues { get; }

    /// <summary>The publication date, with its precision and whether it is stated or inferred.</summary>
    public PublicationDate Published { get; }

    /// <summary>ISO 639 code of the language the article was written in.</summary>
    public string Language => Content.Language;

    /// <summary>What happened to the text since (machine translation, transcription…).</summary>
    public TextProcessing Processing { get; }

    /// <summary>Remarks on the language and translation.</summary>
    public string? LanguageNote => Content.LanguageNote;

    /// <summary>Interview, panel, news or analysis.</summary>
    public ArticleFormat Format { get; }

    /// <summary>The verbatim seed text, decoded on first use of it or of the sidecar (without a byte-order mark, if the file has one).</summary>
    public string RawText => Content.RawText;

    /// <summary>Length of <see cref="RawText"/> in UTF-16 code units (from the record: the text is not read).</summary>
    public int Length => _length;

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

    /// <summary>The text and what the sidecar says, read on first use (an <see cref="System.IO.InvalidDataException"/> if they are not what the build checked).</summary>
    internal ArticleContent Content => _content.Value;

    /// <summary>Whether the text and the sidecar have been read: what going through the list reads ahead on, and what tests of a query check.</summary>
    internal bool ContentRead => _content.IsValueCreated;

    internal TextSpan Span(RecordRange range) => new(this, range.Start, range.End);

    // Lambdas of one method share one closure: these are apart so that a lazy body does not keep
    // the record (which readContent holds until the content is read) alive after that.
    private static Lazy<ArticleContent> ReadOnce(Article article, Func<Article, ArticleContent> readContent)
        => new(() => readContent(article), LazyThreadSafetyMode.ExecutionAndPublication);

    private static Lazy<string> JoinOnce(Paragraph[] paragraphs)
        => new(() => string.Join("\n\n", paragraphs.Select(p => p.Text)), LazyThreadSafetyMode.ExecutionAndPublication);

    internal TextSpan[] Spans(RecordRange[] ranges) => Array.ConvertAll(ranges, Span);
}
