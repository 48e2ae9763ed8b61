using System.Collections.Generic;

namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>One target of the drafter: what is measured, the threshold, the measured share, and whether it is met.</summary>
internal sealed record TargetResult(string Target, string Measured, bool Met);

/// <summary>
/// The drafter's targets, measured on a total: direct and answer quotes found (each &gt;= 90%) and found with the right
/// speaker (each &gt;= 75%, of all true quotes of the kind), figures found with the right value (&gt;= 90% of true figures),
/// no drafted figure in an advertisement, and precision &gt;= 80% for quotes and for figures.
/// </summary>
internal static class DraftTargets
{
    public const double Found = 0.90;
    public const double Speaker = 0.75;
    public const double Value = 0.90;
    public const double Precision = 0.80;

    public static IReadOnlyList<TargetResult> Evaluate(ArticleScore total) =>
    [
        Share("direct quotes found >= 90%", total.Quotes.Direct.Recall, Found),
        Share("answer quotes found >= 90%", total.Quotes.Answer.Recall, Found),
        Share("direct quotes found with the right speaker >= 75%", total.Quotes.Direct.FoundWithSpeaker, Speaker),
        Share("answer quotes found with the right speaker >= 75%", total.Quotes.Answer.FoundWithSpeaker, Speaker),
        Share("figures found with the right value >= 90%", total.Figures.FoundWithValue, Value),
        new("no drafted figure in an advertisement", Format.Count(total.Figures.InAdvertisements, "figure"), total.Figures.InAdvertisements == 0),
        Share("quote precision >= 80%", total.Quotes.All.Precision, Precision),
        Share("figure precision >= 80%", total.Figures.Precision, Precision),
    ];

    private static TargetResult Share(string target, Ratio measured, double threshold) => new(target, measured.ToString(), measured.AtLeast(threshold));
}
