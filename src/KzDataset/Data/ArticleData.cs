namespace KzDataset;

// The shapes the generator fills with literals (see generator/Emit). Offsets are UTF-16,
// end-exclusive, into the article's raw text; int[] spans are flat: start, end, start, end…

internal sealed record ArticleData(
    string Id,
    string SeedFile,
    string Sha256,
    int Length,
    string? Title,
    int[] TitleSpan,
    string? TitleNote,
    Outlet Outlet,
    bool OutletInferred,
    string? OutletNote,
    int[] OutletCues,
    DateData Published,
    string Language,
    TextProcessing Processing,
    string? LanguageNote,
    ArticleFormat Format,
    ExclusionData[] Exclusions,
    int[][] Paragraphs,
    TurnData[] Turns,
    QuoteData[] Quotes,
    FigureData[] Figures,
    CorrectionData[] Corrections,
    TermData[] Terms,
    string[] Mentions);

internal sealed record DateData(int Year, int Month, int Day, DatePrecision Precision, bool Inferred, string? Note, int[] Cues);

internal sealed record ExclusionData(int Start, int End, ExclusionReason Reason, string? Note);

internal sealed record TurnData(string Id, TurnRole Role, string? SpeakerId, int Start, int End, string? Note);

internal sealed record QuoteData(string Id, string SpeakerId, QuoteKind Kind, int Start, int End, string? Cue, string? Note, string? TurnId);

internal sealed record FigureData(
    string Id,
    int Start,
    int End,
    decimal? Value,
    decimal? Lower,
    decimal? Upper,
    Unit Unit,
    Measure Measure,
    FigureQualifier Qualifier,
    string Subject,
    string? AsOf,
    string? StatedBy,
    string? Reading,
    string? Note);

internal sealed record CorrectionData(string Id, int Start, int End, string Correct, CorrectionKind Kind, string? Note);

internal sealed record TermData(int Start, int End, TermKind Kind, string? Note);
