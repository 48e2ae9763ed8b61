using System.Collections.Generic;

namespace KzDataset.Synthetic.Model;

/// <summary>The four registries of a synthetic corpus.</summary>
internal sealed record SyntheticRegistry(
    IReadOnlyList<SyntheticPerson> People,
    IReadOnlyList<RegistryEntry> Outlets,
    IReadOnlyList<RegistryEntry> Measures,
    IReadOnlyList<RegistryEntry> Units);
