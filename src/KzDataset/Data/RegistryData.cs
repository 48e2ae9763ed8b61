namespace KzDataset;

// The registry rows the generator emits (see generator/Emit/RegistryEmitter.cs).

internal sealed record PersonData(string Id, string Name, PersonKind Kind, string[] Aliases, string? Affiliation, string? Role, string? Note);

internal sealed record OutletData(Outlet Id, string Slug, string Name, string? Country, string? Language, string? Note);

internal sealed record MeasureData(Measure Id, string Slug, string Name, string? Description);

internal sealed record UnitData(Unit Id, string Slug, string Name, string? Symbol);
