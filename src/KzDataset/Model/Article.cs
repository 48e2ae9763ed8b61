using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace KzDataset;

/// <summary>
/// One article of the corpus: its metadata, its verbatim text (decoded from the assembly on first
/// use), its body without the non-article spans, and its annotations.
/// </summary>
public sealed class Article
{
    private readonly ArticleData _data;
    private readonly Lazy<string> _rawText;
    private readonly Lazy<string> _body;
    private readonly Lazy<int[]> _lineStarts;

    internal Article(ArticleData data, OutletInfo outlet)
    {
        _data = data;
        OutletInfo = outlet;
        _rawText = new Lazy<string>(() => SeedTextStore.Load(data.SeedFile, data.Length, data.Sha256), LazyThreadSafetyMode.ExecutionAndPublication);
        _lineStarts = new Lazy<int[]>(() => LineStarts(RawText), LazyThreadSafetyMode.ExecutionAndPublication);

        TitleSpan = data.TitleSpan.Length == 2 ? new TextSpan(this, data.TitleSpan[0], data.TitleSpan[1]) : null;
        OutletCues = TextSpan.Many(this, data.OutletCues);
        var d = data.Published;
        Published = new PublicationDate(d.Year, d.Month, d.Day, d.Precision, d.Inferred, d.Note, TextSpan.Many(this, d.Cues));
        Excluded = data.Exclusions.Select(e => new ExcludedSpan(new TextSpan(this, e.Start, e.End), e.Reason, e.Note)).ToArray();
        Paragraphs = data.Paragraphs.Select((p, i) => new Paragraph(i, TextSpan.Many(this, p))).ToArray();
        _body = new Lazy<string>(() => string.Join("\n\n", Paragraphs.Select(p => p.Text)), LazyThreadSafetyMode.ExecutionAndPublication);
        Terms = data.Terms.Select(t => new QuotedTerm(new TextSpan(this, t.Start, t.End), t.Kind, t.Note)).ToArray();
        Corrections = data.Corrections.Select(c => new Correction(this, c.Id, new TextSpan(this, c.Start, c.End), c.Correct, c.Kind, c.Note)).ToArray();
    }

    /// <summary>The stable slug id, e.g. "nyt-tokayev-embraces-russia".</summary>
    public string Id => _data.Id;

    /// <summary>The seed file the text comes from, e.g. "002_0ce620ee8e70cfa9.txt".</summary>
    public string SeedFile => _data.SeedFile;

    /// <summary>SHA-256 of the seed file's bytes (lowercase hex), checked at build time and on load.</summary>
    public string Sha256 => _data.Sha256;

    /// <summary>The headline as it stands in the text; null when the text has none (see <see cref="TitleNote"/>).</summary>
    public string? Title => _data.Title;

    /// <summary>Where the headline is.</summary>
    public TextSpan? TitleSpan { get; }

    /// <summary>Why there is no headline, or a remark on it.</summary>
    public string? TitleNote => _data.TitleNote;

    /// <summary>The outlet that published the article.</summary>
    public Outlet Outlet => _data.Outlet;

    /// <summary>The outlet's registry entry (name, country).</summary>
    public OutletInfo OutletInfo { get; }

    /// <summary>True when the outlet is inferred from indirect evidence rather than named in the text.</summary>
    public bool OutletInferred => _data.OutletInferred;

    /// <summary>How the outlet was identified.</summary>
    public string? OutletNote => _data.OutletNote;

    /// <summary>The passages that identify the outlet (a logo, "told the Monitor", "franceinfo:").</summary>
    public IReadOnlyList<TextSpan> OutletCues { get; }

    /// <summary>The publication date, with its precision and whether it is stated or inferred.</summary>
    public PublicationDate Published { get; }

    /// <summary>ISO 639 code of the language the article was written in.</summary>
    public string Language => _data.Language;

    /// <summary>What happened to the text since (machine translation, transcription…).</summary>
    public TextProcessing Processing => _data.Processing;

    /// <summary>Remarks on the language and translation.</summary>
    public string? LanguageNote => _data.LanguageNote;

    /// <summary>Interview, panel, news or analysis.</summary>
    public ArticleFormat Format => _data.Format;

    /// <summary>The verbatim seed text (decoded once, on first use).</summary>
    public string RawText => _rawText.Value;

    /// <summary>Length of <see cref="RawText"/> in UTF-16 code units.</summary>
    public int Length => _data.Length;

    /// <summary>The article without its non-article spans: paragraphs joined by a blank line.</summary>
    public string Body => _body.Value;

    /// <summary>The body's paragraphs, with their offsets in the raw text.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The spans that are not the article (ads, widgets, HTML debris, duplicates).</summary>
    public IReadOnlyList<ExcludedSpan> Excluded { get; }

    /// <summary>Interview or panel turns, in text order (empty for news and analysis).</summary>
    public IReadOnlyList<Turn> Turns { get; internal set; } = Array.Empty<Turn>();

    /// <summary>The quotes, in text order (interview and panel answers included).</summary>
    public IReadOnlyList<Quote> Quotes { get; internal set; } = Array.Empty<Quote>();

    /// <summary>The figures, in text order.</summary>
    public IReadOnlyList<Figure> Figures { get; internal set; } = Array.Empty<Figure>();

    /// <summary>Reading errors of the text, each with its corrected reading.</summary>
    public IReadOnlyList<Correction> Corrections { get; }

    /// <summary>Words in quotation marks that are not quotes.</summary>
    public IReadOnlyList<QuotedTerm> Terms { get; }

    /// <summary>The people the body names or quotes.</summary>
    public IReadOnlyList<Person> People { get; internal set; } = Array.Empty<Person>();

    /// <summary>The experts among <see cref="People"/>.</summary>
    public IEnumerable<Expert> Experts => People.OfType<Expert>();

    internal ArticleData Data => _data;

    /// <summary>1-based line of an offset of the raw text.</summary>
    internal int LineOf(int offset)
    {
        var starts = _lineStarts.Value;
        var index = Array.BinarySearch(starts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <inheritdoc />
    public override string ToString() => Id;

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        return starts.ToArray();
    }
}
