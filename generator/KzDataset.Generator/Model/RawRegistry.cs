using KzDataset.Generator.Common;

namespace KzDataset.Generator.Model;

internal sealed record RawPerson(
    RawReference Id,
    string Name,
    string Kind,
    EquatableArray<string> Aliases,
    SourceLocation AliasesLocation,
    string? Affiliation,
    string? Role,
    string? Note);

internal sealed record RawOutletEntry(RawReference Id, string Name, string? Country, string? Language, string? Note);

internal sealed record RawMeasure(RawReference Id, string Name, string? Description);

internal sealed record RawUnit(RawReference Id, string Name, string? Symbol);

/// <summary>One registry file as parsed (only the list matching its file name is filled).</summary>
internal sealed record ParsedRegistryFile(
    string Path,
    string FileName,
    EquatableArray<RawPerson> People,
    EquatableArray<RawOutletEntry> Outlets,
    EquatableArray<RawMeasure> Measures,
    EquatableArray<RawUnit> Units,
    EquatableArray<DiagnosticInfo> Diagnostics);
