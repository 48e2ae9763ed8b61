using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using KzDataset.Core.Model;
using KzDataset.Core.Text;

namespace KzDataset.Core.Validation;

/// <summary>
/// Lookups over one registry, built once per registry rather than once per article (the link step
/// runs for every article against the same registry). Kept beside the model, not in it, so the
/// model stays a plain equatable record.
/// </summary>
internal sealed class RegistryIndex
{
    private static readonly ConditionalWeakTable<RegistryModel, RegistryIndex> Cache = new();

    private RegistryIndex(RegistryModel registry)
    {
        People = registry.People.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Ids = new Dictionary<RegistryKind, ICollection<string>>
        {
            [RegistryKind.Person] = People.Keys,
            [RegistryKind.Outlet] = new HashSet<string>(registry.Outlets.Select(o => o.Id), StringComparer.Ordinal),
            [RegistryKind.Measure] = new HashSet<string>(registry.Measures.Select(m => m.Id), StringComparer.Ordinal),
            [RegistryKind.Unit] = new HashSet<string>(registry.Units.Select(u => u.Id), StringComparer.Ordinal),
        };
        Names = registry.People
            .Select(p => (p.Id, (IReadOnlyList<FoldedName>)new[] { p.Name }.Concat(p.Aliases).Select(FoldedName.Of).ToArray()))
            .ToArray();
    }

    public Dictionary<string, PersonModel> People { get; }

    /// <summary>Every person's name and aliases, folded once for the alias search of every article.</summary>
    public IReadOnlyList<(string Id, IReadOnlyList<FoldedName> Names)> Names { get; }

    public Dictionary<RegistryKind, ICollection<string>> Ids { get; }

    public static RegistryIndex Of(RegistryModel registry) => Cache.GetValue(registry, r => new RegistryIndex(r));
}
