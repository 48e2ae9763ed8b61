using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Cli.Lists;

namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>
/// The columns of a score, in two groups (quotes; figures and exclusions) so that each fits a table. A share
/// is a percentage in tables and a fraction (4 decimals, null for a share of nothing) in tsv and json, where
/// the counts behind it are columns of their own.
/// </summary>
internal static class ScoreColumns
{
    public static readonly IReadOnlyList<Column<ArticleScore>> Quotes =
    [
        new("Article", "article", ColumnKind.Id, s => s.Name),
        Count("True", "quotes", s => s.Quotes.All.True, dropRank: 6),
        Count("Drafted", "draftedQuotes", s => s.Quotes.All.Drafted, dropRank: 7),
        .. Share("Found", "quoteRecall", s => s.Quotes.All.Recall),
        .. Share("Correct", "quotePrecision", s => s.Quotes.All.Precision),
        .. Share("Exact", "quoteExactRecall", s => s.Quotes.All.ExactRecall, dropRank: 5),
        .. Share("Direct found", "directRecall", s => s.Quotes.Direct.Recall),
        .. Share("Direct correct", "directPrecision", s => s.Quotes.Direct.Precision, dropRank: 4),
        .. Share("Direct speaker", "directWithSpeaker", s => s.Quotes.Direct.FoundWithSpeaker, dropRank: 2),
        .. Share("Answers found", "answerRecall", s => s.Quotes.Answer.Recall),
        .. Share("Answers correct", "answerPrecision", s => s.Quotes.Answer.Precision, dropRank: 4),
        .. Share("Answer speaker", "answerWithSpeaker", s => s.Quotes.Answer.FoundWithSpeaker, dropRank: 2),
        .. Share("Speaker of found", "speakerOfFound", s => s.Quotes.All.SpeakerOfFound, dropRank: 3),
        Count("True direct", "directQuotes", s => s.Quotes.Direct.True, inTable: false),
        Count("True answers", "answerQuotes", s => s.Quotes.Answer.True, inTable: false),
    ];

    public static readonly IReadOnlyList<Column<ArticleScore>> FiguresAndExclusions =
    [
        new("Article", "article", ColumnKind.Id, s => s.Name) { InData = false },
        Count("True", "figures", s => s.Figures.True, dropRank: 6),
        Count("Drafted", "draftedFigures", s => s.Figures.Drafted, dropRank: 7),
        .. Share("Found", "figureRecall", s => s.Figures.Recall),
        .. Share("Correct", "figurePrecision", s => s.Figures.Precision),
        .. Share("Exact", "figureExactRecall", s => s.Figures.ExactRecall, dropRank: 5),
        .. Share("Value", "figureWithValue", s => s.Figures.FoundWithValue),
        .. Share("Measure", "figureWithMeasure", s => s.Figures.FoundWithMeasure, dropRank: 4),
        Count("In ads", "figuresInAds", s => s.Figures.InAdvertisements),
        .. Share("Excluded found", "exclusionRecall", s => s.Exclusions.Recall, dropRank: 2),
        .. Share("Excluded correct", "exclusionPrecision", s => s.Exclusions.Precision, dropRank: 3),
        Count("Excluded chars", "excludedChars", s => s.Exclusions.TrueChars, inTable: false),
        Count("Drafted excluded chars", "draftedExcludedChars", s => s.Exclusions.DraftedChars, inTable: false),
        Count("No draft", "missingDrafts", s => s.Missing, inTable: false),
    ];

    /// <summary>Every data field once (tsv and json): the two groups side by side.</summary>
    public static readonly IReadOnlyList<Column<ArticleScore>> All = [.. Quotes, .. FiguresAndExclusions.Where(c => c.InData)];

    private static Column<ArticleScore> Count(string header, string field, Func<ArticleScore, int> value, bool inTable = true, int dropRank = 0)
        => new(header, field, ColumnKind.Number, s => value(s)) { InTable = inTable, DropRank = dropRank };

    private static Column<ArticleScore>[] Share(string header, string field, Func<ArticleScore, Ratio> ratio, int dropRank = 0) =>
    [
        new(header, field, ColumnKind.Number, s => ratio(s).Percent) { InData = false, DropRank = dropRank },
        new(header, field, ColumnKind.Number, s => ratio(s).Value is { } v ? Math.Round((decimal)v, 4) : null) { InTable = false },
    ];
}
