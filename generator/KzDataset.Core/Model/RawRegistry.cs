using KzDataset.Core.Common;

namespace KzDataset.Core.Model;

public sealed record RawPerson(
    RawReference Id,
    string Name,
    PersonKind Kind,
    EquatableArray<string> Aliases,
    SourceLocation AliasesLocation,
    string? Affiliation,
    string? Role,
    string? Note);

public sealed record RawOutletEntry(RawReference Id, string Name, string? Country, string? Language, string? Note);

public sealed record RawMeasure(RawReference Id, string Name, string? Description);

public sealed record RawUnit(RawReference Id, string Name, string? Symbol);

/// <summary>One registry file as parsed (only the list matching its file name is filled).</summary>
public sealed record ParsedRegistryFile(
    string Path,
    string FileName,
    EquatableArray<RawPerson> People,
    EquatableArray<RawOutletEntry> Outlets,
    EquatableArray<RawMeasure> Measures,
    EquatableArray<RawUnit> Units,
    EquatableArray<DiagnosticInfo> Diagnostics);
