namespace KzDataset;

/// <summary>An outlet of the registry: the enum value with its name and details.</summary>
public sealed record OutletInfo(Outlet Id, string Slug, string Name, string? Country, string? Language, string? Note);

/// <summary>A measure of the registry: the enum value with its name and description.</summary>
public sealed record MeasureInfo(Measure Id, string Slug, string Name, string? Description);

/// <summary>A unit of the registry: the enum value with its name.</summary>
public sealed record UnitInfo(Unit Id, string Slug, string Name, string? Symbol);
