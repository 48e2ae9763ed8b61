using KzDataset.Generator.Common;

namespace KzDataset.Generator.Model;

internal sealed record PersonModel(
    string Id, string Name, string Kind, EquatableArray<string> Aliases, SourceLocation AliasesLocation,
    string? Affiliation, string? Role, string? Note);

internal sealed record OutletModel(string Id, string Name, string? Country, string? Language, string? Note);

internal sealed record MeasureModel(string Id, string Name, string? Description);

internal sealed record UnitModel(string Id, string Name, string? Symbol);

/// <summary>The merged registries, each list sorted by id, with the registry-level diagnostics.</summary>
internal sealed record RegistryModel(
    EquatableArray<PersonModel> People,
    EquatableArray<OutletModel> Outlets,
    EquatableArray<MeasureModel> Measures,
    EquatableArray<UnitModel> Units,
    EquatableArray<DiagnosticInfo> Diagnostics);
