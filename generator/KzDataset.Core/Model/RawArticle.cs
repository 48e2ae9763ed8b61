using KzDataset.Core.Common;

namespace KzDataset.Core.Model;

/// <summary>A fact about the article with the text cues that support it (anchors) and whether it is inferred.</summary>
public sealed record RawOutlet(RawReference Id, bool Inferred, string? Note, EquatableArray<RawAnchor> Cues);

public sealed record RawPublished(
    int Year,
    int Month,
    int Day,
    DatePrecision Precision,
    bool Inferred,
    string? Note,
    EquatableArray<RawAnchor> Cues);

public sealed record RawLanguage(string Original, TextProcessing Processing, string? Note);

/// <summary>One sidecar as parsed: every field that could be read; what could not is a diagnostic.</summary>
public sealed record RawArticle(
    string SidecarPath,
    string BaseName,
    RawReference Id,
    string Sha256,
    SourceLocation Sha256Location,
    RawAnchor? Title,
    string? TitleNote,
    RawOutlet? Outlet,
    RawPublished? Published,
    RawLanguage? Language,
    ArticleFormat? Format,
    EquatableArray<RawExclusion> Exclusions,
    EquatableArray<RawTurn> Turns,
    EquatableArray<RawQuote> Quotes,
    EquatableArray<RawFigure> Figures,
    EquatableArray<RawCorrection> Corrections,
    EquatableArray<RawTerm> Terms,
    EquatableArray<RawIgnore> Ignores,
    ulong Fingerprint);
