using KzDataset.Core.Common;

namespace KzDataset.Core.Model;

/// <summary>An entry of a registry as the emitters need it: its id, a line of documentation, and (people) its kind.</summary>
public sealed record RegistryEntry(string Id, string Doc, PersonKind? Kind);

/// <summary>The registries without locations or diagnostics: the input of the registry emitter, each list sorted by id.</summary>
public sealed record RegistrySpec(
    EquatableArray<RegistryEntry> Outlets,
    EquatableArray<RegistryEntry> Measures,
    EquatableArray<RegistryEntry> Units,
    EquatableArray<RegistryEntry> People);
