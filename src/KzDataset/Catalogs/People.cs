using System.Collections.Generic;

namespace KzDataset;

/// <summary>
/// Everyone the corpus quotes or centres on (experts, officials, leaders, speaking bodies):
/// <see cref="All"/>, lookups, and one typed member per person (generated).
/// </summary>
public static partial class People
{
    /// <summary>Every person, ordered by id.</summary>
    public static IReadOnlyList<Person> All => Corpus.Instance.People;

    /// <summary>The person with this id (ordinal), or null.</summary>
    public static Person? ById(string id) => Corpus.Instance.FindPersonById(id);

    /// <summary>
    /// The person with this id, name or alias, ignoring case, diacritics and typographic
    /// variants ("Tokaïev", "tokaiev" and "Tokayev" find the same person), or null.
    /// </summary>
    public static Person? Find(string nameOrAlias) => Corpus.Instance.FindPerson(nameOrAlias);
}
