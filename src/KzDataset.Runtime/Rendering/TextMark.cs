namespace KzDataset.Rendering;

/// <summary>What a <see cref="TextMark"/> marks in an article's text.</summary>
public enum TextMarkKind
{
    /// <summary>A span that is not the article (an advertisement, a widget, debris).</summary>
    Excluded,

    /// <summary>A turn of an interview or panel.</summary>
    Turn,

    /// <summary>A quote, labelled with its speaker.</summary>
    Quote,

    /// <summary>A figure, with its value, unit, qualifier and measure.</summary>
    Figure,

    /// <summary>A correction: the original words, with the correct ones beside them.</summary>
    Correction,

    /// <summary>A cue for the article's outlet or date.</summary>
    Cue,

    /// <summary>The place in the text a KZ diagnostic points at.</summary>
    Diagnostic,
}

/// <summary>
/// One annotation of an article's text, as a renderer needs it: where it is (UTF-16 offsets into
/// the verbatim text, end-exclusive), what it is, and the words it shows. Every string is seed text
/// and is encoded where it lands.
/// </summary>
/// <param name="Kind">What it marks.</param>
/// <param name="Start">Its first character.</param>
/// <param name="End">The character after its last one.</param>
public sealed record TextMark(TextMarkKind Kind, int Start, int End)
{
    /// <summary>The annotation's local id (a quote, figure, turn or correction), or a diagnostic's place id (<c>diag-3</c>).</summary>
    public string? Id { get; init; }

    /// <summary>
    /// The words it shows: a quote's or turn's speaker, a figure's "value unit · qualifier · measure",
    /// a correction's correct words, a diagnostic's code.
    /// </summary>
    public string? Label { get; init; }

    /// <summary>A longer description, for a tooltip: an exclusion's note, a diagnostic's message.</summary>
    public string? Detail { get; init; }

    /// <summary>
    /// The word a kind classifies by: a quote's speaker id, an exclusion's reason, a cue's subject
    /// (<c>outlet</c> or <c>date</c>), a diagnostic's severity (<c>error</c> or <c>warning</c>).
    /// </summary>
    public string? Category { get; init; }

    /// <summary>A quote's colour: its speaker's position among the article's speakers, 0 to 7 (wrapping).</summary>
    public int Color { get; init; }
}
