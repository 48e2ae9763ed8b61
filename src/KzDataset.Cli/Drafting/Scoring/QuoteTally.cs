namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>
/// Counts for one group of quotes (all, direct, answers). A true quote counts in the group of its own kind;
/// a drafted quote in the group of the kind the draft gave it, so precision is per drafted kind.
/// </summary>
/// <param name="True">True quotes.</param>
/// <param name="Drafted">Drafted quotes.</param>
/// <param name="Found">True quotes matched by a drafted quote.</param>
/// <param name="Correct">Drafted quotes that matched a true quote.</param>
/// <param name="Exact">True quotes matched by a drafted quote with exactly the same span.</param>
/// <param name="SpeakerRight">True quotes matched by a drafted quote whose speaker is the true one.</param>
internal sealed record QuoteTally(int True, int Drafted, int Found, int Correct, int Exact, int SpeakerRight)
{
    public static readonly QuoteTally Zero = new(0, 0, 0, 0, 0, 0);

    /// <summary>True quotes found.</summary>
    public Ratio Recall => new(Found, True);

    /// <summary>Drafted quotes that are true quotes.</summary>
    public Ratio Precision => new(Correct, Drafted);

    /// <summary>True quotes found with exactly their span.</summary>
    public Ratio ExactRecall => new(Exact, True);

    /// <summary>True quotes found with the right speaker (of all true quotes: the targets' measure).</summary>
    public Ratio FoundWithSpeaker => new(SpeakerRight, True);

    /// <summary>Of the true quotes found, those with the right speaker.</summary>
    public Ratio SpeakerOfFound => new(SpeakerRight, Found);

    public static QuoteTally operator +(QuoteTally a, QuoteTally b)
        => new(a.True + b.True, a.Drafted + b.Drafted, a.Found + b.Found, a.Correct + b.Correct, a.Exact + b.Exact, a.SpeakerRight + b.SpeakerRight);
}

/// <summary>The quote counts of an article or a corpus: every kind, direct quotes, interview and panel answers.</summary>
internal sealed record QuoteScore(QuoteTally All, QuoteTally Direct, QuoteTally Answer)
{
    public static readonly QuoteScore Zero = new(QuoteTally.Zero, QuoteTally.Zero, QuoteTally.Zero);

    public static QuoteScore operator +(QuoteScore a, QuoteScore b) => new(a.All + b.All, a.Direct + b.Direct, a.Answer + b.Answer);
}
