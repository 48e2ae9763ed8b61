using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Core.Model;
using KzDataset.Format;

namespace KzDataset.Core.Validation;

/// <summary>
/// Merges the parsed registry files into one <see cref="RegistryModel"/>, reporting duplicate ids,
/// ids that collide as C# identifiers, and aliases that would name two people. A rejected entry
/// is left out, so references to it are reported where they are made.
/// </summary>
internal static class RegistryBuilder
{
    /// <summary>Names an id must not turn into: those the generated code declares or inherits (see <see cref="CatalogNames"/>).</summary>
    public static bool IsReserved(string identifier) => CatalogNames.IsReserved(identifier);

    /// <summary>How the identifier-collision message describes a reserved name.</summary>
    public const string ReservedClash = "a name the generated catalogs already use";

    public static RegistryModel Build(ImmutableArray<ParsedRegistryFile> files)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        foreach (var file in ordered) diagnostics.AddRange(file.Diagnostics);
        foreach (var group in ordered.GroupBy(f => f.FileName, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.DuplicateId, SourceLocation.FileStart(duplicate.Path),
                    "registry file", duplicate.FileName, group.First().Path));
            }
        }

        var people = Unique(ordered.SelectMany(f => f.People), p => p.Id, "person", diagnostics);
        people = WithoutAmbiguousAliases(people, diagnostics);
        var outlets = Unique(ordered.SelectMany(f => f.Outlets), o => o.Id, "outlet", diagnostics);
        var measures = Unique(ordered.SelectMany(f => f.Measures), m => m.Id, "measure", diagnostics);
        var units = Unique(ordered.SelectMany(f => f.Units), u => u.Id, "unit", diagnostics);

        return new RegistryModel(
            people.Select(p => new PersonModel(p.Id.Id, p.Name, p.Kind, p.Aliases, p.AliasesLocation, p.Affiliation, p.Role, p.Note)).ToEquatableArray(),
            outlets.Select(o => new OutletModel(o.Id.Id, o.Name, o.Country, o.Language, o.Note)).ToEquatableArray(),
            measures.Select(m => new MeasureModel(m.Id.Id, m.Name, m.Description)).ToEquatableArray(),
            units.Select(u => new UnitModel(u.Id.Id, u.Name, u.Symbol)).ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }

    /// <summary>Entries with a unique id and a unique, unreserved C# identifier, sorted by id.</summary>
    public static List<T> Unique<T>(IEnumerable<T> entries, Func<T, RawReference> id, string what, List<DiagnosticInfo> diagnostics)
    {
        var byId = new Dictionary<string, RawReference>(StringComparer.Ordinal);
        var byIdentifier = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new List<T>();
        foreach (var entry in entries)
        {
            var reference = id(entry);
            if (byId.TryGetValue(reference.Id, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.DuplicateId, reference.Location, what, reference.Id, Describe(first.Location)));
                continue;
            }
            var identifier = Identifiers.ToPascalCase(reference.Id);
            if (IsReserved(identifier))
            {
                diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.IdentifierCollision, reference.Location, what, reference.Id, identifier, ReservedClash));
                continue;
            }
            if (byIdentifier.TryGetValue(identifier, out var other))
            {
                diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.IdentifierCollision, reference.Location, what, reference.Id, identifier, "as does '" + other + "'"));
                continue;
            }
            byId[reference.Id] = reference;
            byIdentifier[identifier] = reference.Id;
            kept.Add(entry);
        }
        return kept.OrderBy(e => id(e).Id, StringComparer.Ordinal).ToList();
    }

    private static List<RawPerson> WithoutAmbiguousAliases(List<RawPerson> people, List<DiagnosticInfo> diagnostics)
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<RawPerson>();
        foreach (var person in people)
        {
            var aliases = new List<string>();
            foreach (var alias in new[] { person.Name }.Concat(person.Aliases))
            {
                var key = NameKey.Of(alias);
                if (owner.TryGetValue(key, out var other) && other != person.Id.Id)
                {
                    diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.AmbiguousAlias, person.AliasesLocation, alias, person.Id.Id, other));
                    continue;
                }
                owner[key] = person.Id.Id;
                if (!ReferenceEquals(alias, person.Name)) aliases.Add(alias);
            }
            result.Add(person with { Aliases = aliases.ToEquatableArray() });
        }
        return result;
    }

    private static string Describe(SourceLocation location)
        => $"{Parsing.SeedFileNames.FileName(location.Path ?? string.Empty)} line {location.StartLine + 1}";
}
