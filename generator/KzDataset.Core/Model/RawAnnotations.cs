using KzDataset.Core.Common;

namespace KzDataset.Core.Model;

/// <summary>A reference to a registry entry, with where it was written (for "unknown id" diagnostics).</summary>
public readonly record struct RawReference(string Id, SourceLocation Location);

/// <summary>A span that is not the article (ad, widget, HTML debris, duplicated block…).</summary>
public sealed record RawExclusion(RawAnchor Anchor, ExclusionReason Reason, string? Note);

/// <summary>An interview or panel turn: who asks, who answers.</summary>
public sealed record RawTurn(RawAnchor Anchor, TurnRole Role, RawReference? Speaker, string? Note);

public sealed record RawQuote(
    RawReference Id,
    RawAnchor Anchor,
    RawReference Speaker,
    QuoteKind Kind,
    QuoteMarks Marks,
    string? Cue,
    string? Note);

public sealed record RawFigure(
    RawReference Id,
    RawAnchor Anchor,
    decimal? Value,
    decimal? Lower,
    decimal? Upper,
    SourceLocation ValueLocation,
    RawReference Unit,
    RawReference Measure,
    FigureQualifier Qualifier,
    string Subject,
    string? AsOf,
    RawReference? StatedBy,
    string? Reading,
    string? Note);

/// <summary>A mistranslation or misspelling, kept beside the original text, never replacing it.</summary>
public sealed record RawCorrection(RawReference Id, RawAnchor Anchor, string Correct, CorrectionKind Kind, string? Note);

/// <summary>Quotation marks that are not a quote: a scare quote, a term, a title.</summary>
public sealed record RawTerm(RawAnchor Anchor, TermKind Kind, string? Note);

/// <summary>A number or quotation mark deliberately left unannotated, with the reason.</summary>
public sealed record RawIgnore(RawAnchor Anchor, IgnoreReason Reason, string? Note);
