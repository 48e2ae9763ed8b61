using KzDataset.Generator.Common;

namespace KzDataset.Generator.Model;

/// <summary>A reference to a registry entry, with where it was written (for "unknown id" diagnostics).</summary>
internal readonly record struct RawReference(string Id, SourceLocation Location);

/// <summary>A span that is not the article (ad, widget, HTML debris, duplicated block…).</summary>
internal sealed record RawExclusion(RawAnchor Anchor, string Reason, string? Note);

/// <summary>An interview or panel turn: who asks, who answers.</summary>
internal sealed record RawTurn(RawAnchor Anchor, string Role, RawReference? Speaker, string? Note);

internal sealed record RawQuote(
    RawReference Id,
    RawAnchor Anchor,
    RawReference Speaker,
    string Kind,
    string Marks,
    string? Cue,
    string? Note);

internal sealed record RawFigure(
    RawReference Id,
    RawAnchor Anchor,
    decimal? Value,
    decimal? Lower,
    decimal? Upper,
    SourceLocation ValueLocation,
    RawReference Unit,
    RawReference Measure,
    string Qualifier,
    string Subject,
    string? AsOf,
    RawReference? StatedBy,
    string? Reading,
    string? Note);

/// <summary>A mistranslation or misspelling, kept beside the original text, never replacing it.</summary>
internal sealed record RawCorrection(RawReference Id, RawAnchor Anchor, string Correct, string Kind, string? Note);

/// <summary>Quotation marks that are not a quote: a scare quote, a term, a title.</summary>
internal sealed record RawTerm(RawAnchor Anchor, string Kind, string? Note);

/// <summary>A number or quotation mark deliberately left unannotated, with the reason.</summary>
internal sealed record RawIgnore(RawAnchor Anchor, string Reason, string? Note);
