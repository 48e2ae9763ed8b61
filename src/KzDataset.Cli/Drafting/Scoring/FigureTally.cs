namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>Counts of figures.</summary>
/// <param name="True">True figures.</param>
/// <param name="Drafted">Drafted figures.</param>
/// <param name="Found">True figures matched by a drafted figure (one to one, so also the drafted figures that match).</param>
/// <param name="Exact">True figures matched with exactly their span.</param>
/// <param name="ValueRight">True figures matched by a drafted figure with the same value, lower and upper bound.</param>
/// <param name="MeasureRight">True figures matched by a drafted figure with the same measure id.</param>
/// <param name="InAdvertisements">Drafted figures that overlap a true advertisement exclusion (should be none).</param>
internal sealed record FigureTally(int True, int Drafted, int Found, int Exact, int ValueRight, int MeasureRight, int InAdvertisements)
{
    public static readonly FigureTally Zero = new(0, 0, 0, 0, 0, 0, 0);

    public Ratio Recall => new(Found, True);

    public Ratio Precision => new(Found, Drafted);

    public Ratio ExactRecall => new(Exact, True);

    /// <summary>True figures found with the right value (of all true figures: the targets' measure).</summary>
    public Ratio FoundWithValue => new(ValueRight, True);

    /// <summary>True figures found with the right measure (of all true figures).</summary>
    public Ratio FoundWithMeasure => new(MeasureRight, True);

    public static FigureTally operator +(FigureTally a, FigureTally b) => new(a.True + b.True, a.Drafted + b.Drafted, a.Found + b.Found,
        a.Exact + b.Exact, a.ValueRight + b.ValueRight, a.MeasureRight + b.MeasureRight, a.InAdvertisements + b.InAdvertisements);
}
