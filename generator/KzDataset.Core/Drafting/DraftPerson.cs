using System.Collections.Generic;

namespace KzDataset.Core.Drafting;

/// <summary>A registry entry a draft proposes: a person named in a text the registry does not know.</summary>
public sealed class DraftPerson
{
    public DraftPerson(string id, string name, string review)
    {
        Id = id;
        Name = name;
        Review = review;
    }

    public string Id { get; }

    /// <summary>The name as the text writes it.</summary>
    public string Name { get; }

    /// <summary>Why the entry needs a person's look (its "review" property).</summary>
    public string Review { get; }

    /// <summary>Other spellings the texts use for this person (a surname alone, say).</summary>
    public IReadOnlyList<string> Aliases => _aliases;

    private readonly List<string> _aliases = new();

    internal void AddAlias(string alias) => _aliases.Add(alias);
}

/// <summary>An outlet entry a draft proposes (the placeholder for texts that name no known outlet).</summary>
public sealed class DraftOutlet
{
    public DraftOutlet(string id, string name, string review)
    {
        Id = id;
        Name = name;
        Review = review;
    }

    public string Id { get; }

    public string Name { get; }

    public string Review { get; }
}
