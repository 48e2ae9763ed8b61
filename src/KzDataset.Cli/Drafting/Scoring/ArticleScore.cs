using System.Collections.Generic;

namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>The scores of one article (by seed file name), or of all of them (<see cref="DraftScore.Total"/>).</summary>
/// <param name="Name">The seed file's name without extension, or "total".</param>
/// <param name="Missing">True articles with no drafted sidecar (all their items count as not found).</param>
internal sealed record ArticleScore(string Name, int Missing, QuoteScore Quotes, FigureTally Figures, ExclusionTally Exclusions)
{
    public static ArticleScore operator +(ArticleScore a, ArticleScore b)
        => new(a.Name, a.Missing + b.Missing, a.Quotes + b.Quotes, a.Figures + b.Figures, a.Exclusions + b.Exclusions);
}

/// <summary>A draft folder scored against its truth: one score per true article, their sum, and drafted articles the truth lacks.</summary>
internal sealed record DraftScore(IReadOnlyList<ArticleScore> Articles, ArticleScore Total, IReadOnlyList<string> Unpaired);
