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

    /// <summary>The quote and figure ids given so far (one namespace in a sidecar).</summary>
    public HashSet<string> Ids { get; } = new(System.StringComparer.Ordinal);

    /// <summary>A new id: <paramref name="slug"/>, or with a number when taken.</summary>
    public string NewId(string slug)
    {
        var id = slug;
        for (var n = 2; !Ids.Add(id); n++) id = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return id;
    }

    public List<DraftOutlet> NewOutlets { get; } = new();
}
