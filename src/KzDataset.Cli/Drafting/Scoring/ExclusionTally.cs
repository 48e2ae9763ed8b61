namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>Excluded characters: how many the truth excludes, how many the draft excludes, and how many both.</summary>
internal sealed record ExclusionTally(int TrueChars, int DraftedChars, int Covered)
{
    public static readonly ExclusionTally Zero = new(0, 0, 0);

    /// <summary>Truly excluded characters the draft excludes too.</summary>
    public Ratio Recall => new(Covered, TrueChars);

    /// <summary>Characters the draft excludes that are truly excluded.</summary>
    public Ratio Precision => new(Covered, DraftedChars);

    public static ExclusionTally operator +(ExclusionTally a, ExclusionTally b)
        => new(a.TrueChars + b.TrueChars, a.DraftedChars + b.DraftedChars, a.Covered + b.Covered);
}
