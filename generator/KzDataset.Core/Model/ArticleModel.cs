using KzDataset.Core.Common;

namespace KzDataset.Core.Model;

/// <summary>A non-article span and why it is not the article. Source, in every annotation model: its position in the sidecar's array.</summary>
public sealed record ExclusionModel(TextRange Range, ExclusionReason Reason, string? Note, int Source);

/// <summary>A body paragraph: the raw segments it is made of (more than one when an exclusion cuts through it).</summary>
public sealed record ParagraphModel(EquatableArray<TextRange> Segments)
{
    /// <summary>The paragraphs' text joined by a blank line.</summary>
    public static string Join(string raw, System.Collections.Generic.IEnumerable<ParagraphModel> paragraphs)
    {
        var body = new System.Text.StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            if (body.Length > 0) body.Append("\n\n");
            foreach (var segment in paragraph.Segments) body.Append(raw, segment.Start, segment.Length);
        }
        return body.ToString();
    }
}

public sealed record TurnModel(string Id, TurnRole Role, string? SpeakerId, TextRange Range, string? Note, int Source);

/// <summary>
/// A quote; answers derived from turns carry the turn's id in TurnId. Source is its position in the
/// sidecar's "quotes" array, or in "turns" when FromTurn (an answer turn that is its own quote).
/// </summary>
public sealed record QuoteModel(
    string Id, string SpeakerId, QuoteKind Kind, TextRange Range, string? Cue, string? Note, string? TurnId, int Source, bool FromTurn);

public sealed record FigureModel(
    string Id,
    TextRange Range,
    decimal? Value,
    decimal? Lower,
    decimal? Upper,
    string Unit,
    string Measure,
    FigureQualifier Qualifier,
    string Subject,
    string? AsOf,
    string? StatedBy,
    string? Reading,
    string? Note,
    int Source);

public sealed record CorrectionModel(string Id, TextRange Range, string Correct, CorrectionKind Kind, string? Note, int Source);

public sealed record TermModel(TextRange Range, TermKind Kind, string? Note, int Source);

public sealed record DateModel(int Year, int Month, int Day, DatePrecision Precision, bool Inferred, string? Note, EquatableArray<TextRange> Cues);

public sealed record LanguageModel(string Original, TextProcessing Processing, string? Note);

/// <summary>One article ready to emit: metadata, resolved spans and the people it mentions.</summary>
public sealed record ArticleModel(
    string Id,
    string SeedFile,
    string Sha256,
    int Length,
    string? Title,
    TextRange? TitleRange,
    string? TitleNote,
    string Outlet,
    bool OutletInferred,
    string? OutletNote,
    EquatableArray<TextRange> OutletCues,
    DateModel Published,
    LanguageModel Language,
    ArticleFormat Format,
    EquatableArray<ExclusionModel> Exclusions,
    EquatableArray<ParagraphModel> Paragraphs,
    EquatableArray<TurnModel> Turns,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<FigureModel> Figures,
    EquatableArray<CorrectionModel> Corrections,
    EquatableArray<TermModel> Terms,
    EquatableArray<string> Mentions,
    ulong SidecarFingerprint,
    ulong TextFingerprint);
