using System.Collections.Generic;
using System.Linq;

namespace KzDataset;

/// <summary>
/// Every figure of the corpus, and one typed member per figure, grouped by article (generated):
/// <c>Figures.NytTokayevEmbracesRussia.Border</c>.
/// </summary>
public static partial class Figures
{
    /// <summary>All figures, by article id then text order.</summary>
    public static IReadOnlyList<Figure> All => Corpus.Instance.Figures;

    /// <summary>The figure with this corpus-wide id (<c>article-id/local-id</c>), or null.</summary>
    public static Figure? ById(string id) => Corpus.Instance.FindFigure(id);

    /// <summary>Every figure of one measure, across articles, so disagreements between sources show side by side.</summary>
    public static IReadOnlyList<Figure> ByMeasure(Measure measure) => All.Where(f => f.Measure == measure).ToArray();
}
