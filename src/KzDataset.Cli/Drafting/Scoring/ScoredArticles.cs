using System.Linq;

namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>Reduces a runtime article to what the scorer compares.</summary>
internal static class ScoredArticles
{
    public static ScoredArticle From(Article article) => new(
        article.SeedFile,
        article.Quotes.Select(q => new ScoredQuote(Range(q.Span), q.Kind, [q.Speaker.Name, .. q.Speaker.Aliases])).ToList(),
        article.Figures.Select(f => new ScoredFigure(Range(f.Span), f.Value, f.Lower, f.Upper, f.Measure.Id)).ToList(),
        article.Excluded.Select(e => new ScoredExclusion(Range(e.Span), e.Reason)).ToList());

    private static CharRange Range(TextSpan span) => new(span.Start, span.End);
}
