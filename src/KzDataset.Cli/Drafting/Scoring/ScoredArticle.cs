using System.Collections.Generic;

namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>A range of characters of an article's text (UTF-16 offsets, end exclusive).</summary>
internal readonly record struct CharRange(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>How many characters this range and <paramref name="other"/> share.</summary>
    public int Overlap(CharRange other) => System.Math.Max(0, System.Math.Min(End, other.End) - System.Math.Max(Start, other.Start));
}

/// <summary>
/// What the scorer compares of one article: its annotations reduced to spans and the values a draft can get
/// right or wrong. Built from a runtime <see cref="Article"/> (<see cref="ScoredArticles"/>) or by hand in tests.
/// </summary>
internal sealed record ScoredArticle(
    string SeedFile,
    IReadOnlyList<ScoredQuote> Quotes,
    IReadOnlyList<ScoredFigure> Figures,
    IReadOnlyList<ScoredExclusion> Exclusions);

/// <summary>A quote: where it is, its kind, and every name its speaker goes by (name and aliases).</summary>
internal sealed record ScoredQuote(CharRange Span, QuoteKind Kind, IReadOnlyList<string> SpeakerNames);

/// <summary>A figure: where it is, its value or bounds, and its measure's id.</summary>
internal sealed record ScoredFigure(CharRange Span, decimal? Value, decimal? Lower, decimal? Upper, string Measure);

/// <summary>A span excluded from the article (an advertisement, a widget…).</summary>
internal sealed record ScoredExclusion(CharRange Span, ExclusionReason Reason);
