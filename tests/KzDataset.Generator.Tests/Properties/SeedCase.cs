using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Generator.Tests.Properties;

/// <summary>Mutations in order, applied to a fresh copy of the fixture.</summary>
internal sealed record SeedCase(IReadOnlyList<Mutation> Mutations, bool ItemMembers)
{
    public SeedDraft Build()
    {
        var draft = SeedDraft.Fresh();
        foreach (var mutation in Mutations) mutation.Apply(draft);
        return draft;
    }

    public IEnumerable<string> Fields => Mutations.Select(m => m.Field).Distinct();

    public override string ToString() => $"  KzItemMembers={ItemMembers}\n" + string.Join("\n", Mutations.Select(m => "  - " + m));
}
