using System.Collections.Generic;

namespace KzDataset.Core.Drafting;

/// <summary>A registry entry a draft proposes: an id, a name, and why it needs a person's look (its "review").</summary>
public abstract class DraftEntry
{
    protected DraftEntry(string id, string name, string review)
    {
        Id = id;
        Name = name;
        Review = review;
    }

    public string Id { get; }

    /// <summary>The name as the text writes it (or the placeholder's).</summary>
    public string Name { get; }

    public string Review { get; }
}

/// <summary>A person named in a text the registry does not know.</summary>
public sealed class DraftPerson : DraftEntry
{
    public DraftPerson(string id, string name, string review, IReadOnlyList<string>? aliases = null)
        : base(id, name, review)
    {
        Aliases = aliases ?? System.Array.Empty<string>();
    }

    /// <summary>Other forms the text writes the name in (the surname alone, after a title).</summary>
    public IReadOnlyList<string> Aliases { get; }
}

/// <summary>An outlet entry a draft proposes (the placeholder for texts that name no known outlet).</summary>
public sealed class DraftOutlet : DraftEntry
{
    public DraftOutlet(string id, string name, string review)
        : base(id, name, review)
    {
    }
}
