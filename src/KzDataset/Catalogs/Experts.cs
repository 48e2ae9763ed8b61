using System.Collections.Generic;

namespace KzDataset;

/// <summary>The experts: people whose analysis the corpus quotes. One typed member per expert (generated).</summary>
public static partial class Experts
{
    /// <summary>Every expert, ordered by id.</summary>
    public static IReadOnlyList<Expert> All => Corpus.Instance.Experts;

    /// <summary>The expert with this id (ordinal), or null (also when the id is a person who is not an expert).</summary>
    public static Expert? ById(string id) => Corpus.Instance.FindPersonById(id) as Expert;

    /// <summary>The expert with this id, name or alias (case-, diacritic- and typography-insensitive), or null.</summary>
    public static Expert? Find(string nameOrAlias) => Corpus.Instance.FindPerson(nameOrAlias) as Expert;
}
