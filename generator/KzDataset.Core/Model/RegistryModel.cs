using KzDataset.Core.Common;

namespace KzDataset.Core.Model;

public sealed record PersonModel(
    string Id, string Name, PersonKind Kind, EquatableArray<string> Aliases, SourceLocation AliasesLocation,
    string? Affiliation, string? Role, string? Note);

public sealed record OutletModel(string Id, string Name, string? Country, string? Language, string? Note);

public sealed record MeasureModel(string Id, string Name, string? Description);

public sealed record UnitModel(string Id, string Name, string? Symbol);

/// <summary>The merged registries, each list sorted by id, with the registry-level diagnostics.</summary>
public sealed record RegistryModel(
    EquatableArray<PersonModel> People,
    EquatableArray<OutletModel> Outlets,
    EquatableArray<MeasureModel> Measures,
    EquatableArray<UnitModel> Units,
    EquatableArray<DiagnosticInfo> Diagnostics);
