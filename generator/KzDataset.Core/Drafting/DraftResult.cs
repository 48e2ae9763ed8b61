using System.Collections.Generic;

namespace KzDataset.Core.Drafting;

/// <summary>
/// What <see cref="Drafter"/> made of one text: the sidecar's JSON, the people it proposes for the
/// registry, and counts. Every item the draft wrote carries a <c>"review"</c> property (reported as
/// KZ0500 until a person deletes it), so <see cref="ItemsToReview"/> is the number of KZ0500 warnings
/// the sidecar and the proposed people will raise.
/// </summary>
public sealed class DraftResult
{
    public DraftResult(string sidecarJson, IReadOnlyList<DraftPerson> newPeople, IReadOnlyList<DraftOutlet> newOutlets, DraftCounts counts)
    {
        SidecarJson = sidecarJson;
        NewPeople = newPeople;
        NewOutlets = newOutlets;
        Counts = counts;
    }

    /// <summary>The sidecar, a complete JSON document (UTF-8 text, '\n' line ends).</summary>
    public string SidecarJson { get; }

    /// <summary>People the registry lacked, first proposed by this text (later texts reuse them through the context).</summary>
    public IReadOnlyList<DraftPerson> NewPeople { get; }

    /// <summary>Outlets the registry lacked (the placeholder of a text that names none), first proposed by this text.</summary>
    public IReadOnlyList<DraftOutlet> NewOutlets { get; }

    public DraftCounts Counts { get; }

    /// <summary>Quotes, turns, figures, exclusions, ignore and term entries proposed in the sidecar.</summary>
    public int ItemsProposed => Counts.Quotes + Counts.Turns + Counts.Figures + Counts.Exclusions + Counts.Ignores + Counts.Terms;

    /// <summary>Items marked for review: the sidecar's and the proposed registry entries'.</summary>
    public int ItemsToReview => Counts.Reviews + NewPeople.Count + NewOutlets.Count;
}

/// <summary>How many items of each kind a draft proposed; <see cref="Reviews"/> counts the sidecar's "review" properties.</summary>
public sealed class DraftCounts
{
    public DraftCounts(int quotes, int turns, int figures, int exclusions, int ignores, int terms, int reviews)
    {
        Quotes = quotes;
        Turns = turns;
        Figures = figures;
        Exclusions = exclusions;
        Ignores = ignores;
        Terms = terms;
        Reviews = reviews;
    }

    public int Quotes { get; }

    public int Turns { get; }

    public int Figures { get; }

    public int Exclusions { get; }

    public int Ignores { get; }

    public int Terms { get; }

    public int Reviews { get; }
}
