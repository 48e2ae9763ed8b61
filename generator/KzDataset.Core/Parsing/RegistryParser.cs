using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Core.Model;

namespace KzDataset.Core.Parsing;

/// <summary>Parses the shared registries: people.json, outlets.json, measures.json, units.json.</summary>
internal static class RegistryParser
{
    public static readonly IReadOnlyList<string> FileNames = new[] { "people.json", "outlets.json", "measures.json", "units.json" };

    public static ParsedRegistryFile Parse(string path, string text)
    {
        var context = new ParseContext(path, text);
        var fileName = SeedFileNames.FileName(path);
        var people = new List<RawPerson>();
        var outlets = new List<RawOutletEntry>();
        var measures = new List<RawMeasure>();
        var units = new List<RawUnit>();

        if (!FileNames.Contains(fileName, StringComparer.Ordinal))
        {
            context.Report(KzDiagnostics.UnknownRegistry, SourceLocation.FileStart(path), fileName, string.Join(", ", FileNames));
        }
        else
        {
            var root = JsonFileParser.ReadRoot(context, text, fileName);
            if (root is not null)
            {
                switch (fileName)
                {
                    case "people.json":
                        people.AddRange(Entries(root, "people", "a person", ParsePerson));
                        break;
                    case "outlets.json":
                        outlets.AddRange(Entries(root, "outlets", "an outlet", ParseOutlet));
                        break;
                    case "measures.json":
                        measures.AddRange(Entries(root, "measures", "a measure", ParseMeasure));
                        break;
                    default:
                        units.AddRange(Entries(root, "units", "a unit", ParseUnit));
                        break;
                }
                root.Finish();
            }
        }

        return new ParsedRegistryFile(path, fileName, people.ToEquatableArray(), outlets.ToEquatableArray(),
            measures.ToEquatableArray(), units.ToEquatableArray(), context.Diagnostics.ToEquatableArray());
    }

    private static IEnumerable<T> Entries<T>(ObjectReader root, string field, string what, Func<ObjectReader, T?> parse)
        where T : class
        => root.Objects(field, what, required: true).ToList().Select(parse).Where(e => e is not null).Select(e => e!).ToList();

    private static RawPerson? ParsePerson(ObjectReader reader)
    {
        var id = reader.Id("id", required: true);
        var name = reader.String("name", required: true);
        var kind = reader.Enum("kind", Vocabulary.PersonKind, required: true);
        var aliases = reader.StringList("aliases");
        var aliasesLocation = reader.LocationOf("aliases");
        var affiliation = reader.String("affiliation");
        var role = reader.String("role");
        var note = reader.String("note");
        reader.Finish();
        return id is null || name is null || kind is null
            ? null
            : new RawPerson(id.Value, name, kind.Value, aliases.ToEquatableArray(), aliasesLocation, affiliation, role, note);
    }

    private static RawOutletEntry? ParseOutlet(ObjectReader reader)
    {
        var id = reader.Id("id", required: true);
        var name = reader.String("name", required: true);
        var country = reader.String("country");
        var language = reader.String("language");
        var note = reader.String("note");
        reader.Finish();
        return id is null || name is null ? null : new RawOutletEntry(id.Value, name, country, language, note);
    }

    private static RawMeasure? ParseMeasure(ObjectReader reader)
    {
        var id = reader.Id("id", required: true);
        var name = reader.String("name", required: true);
        var description = reader.String("description");
        reader.Finish();
        return id is null || name is null ? null : new RawMeasure(id.Value, name, description);
    }

    private static RawUnit? ParseUnit(ObjectReader reader)
    {
        var id = reader.Id("id", required: true);
        var name = reader.String("name", required: true);
        var symbol = reader.String("symbol");
        reader.Finish();
        return id is null || name is null ? null : new RawUnit(id.Value, name, symbol);
    }
}
