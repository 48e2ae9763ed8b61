using System.Collections.Generic;
using KzDataset.Core.Model;

namespace KzDataset.Core.Drafting;

/// <summary>One proposed entry of a sidecar list: its span in the text, its fields in order, and why it needs review.</summary>
internal sealed class DraftItem
{
    public DraftItem(TextRange range, string review, params (string Name, object? Value)[] fields)
    {
        Range = range;
        Review = review;
        Fields = fields;
    }

    public TextRange Range { get; }

    /// <summary>Fields after the anchor (null values are left out); numbers as decimal, flags as bool.</summary>
    public IReadOnlyList<(string Name, object? Value)> Fields { get; }

    public string Review { get; }

    /// <summary>Anchor the span by its two ends rather than its whole text.</summary>
    public bool LongSpan { get; init; }
}

/// <summary>Everything one text's draft proposes, list by list, before it is written as JSON.</summary>
internal sealed class DraftDocument
{
    public List<DraftItem> Exclusions { get; } = new();

    public List<DraftItem> Turns { get; } = new();

    public List<DraftItem> Quotes { get; } = new();

    public List<DraftItem> Figures { get; } = new();

    public List<DraftItem> Terms { get; } = new();

    public List<DraftItem> Ignores { get; } = new();

    public List<DraftPerson> NewPeople { get; } = new();

    public List<DraftOutlet> NewOutlets { get; } = new();
}
