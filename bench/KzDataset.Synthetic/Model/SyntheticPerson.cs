using System.Collections.Generic;

namespace KzDataset.Synthetic.Model;

/// <summary>A registry entry of people.json.</summary>
internal sealed record SyntheticPerson(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, string? Affiliation, string? Role, string? Note)
{
    /// <summary>How the body names the person after the first mention: the alias when there is one, so aliases occur in the corpus.</summary>
    public string Short => Aliases.Count > 0 ? Aliases[0] : Name;
}
