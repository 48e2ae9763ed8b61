using System.Collections.Generic;
using System.Linq;
using KzDataset.Generator.Common;
using KzDataset.Generator.Model;

namespace KzDataset.Generator.Emit;

/// <summary>Emits the registries: the Outlet, Measure and Unit enums and the people, outlet, measure and unit tables.</summary>
internal static class RegistryEmitter
{
    public const string HintName = "KzDataset.Registry.g.cs";

    public static string Emit(RegistryModel registry)
    {
        var w = new SourceWriter().Header();
        WriteEnum(w, "Outlet", "The outlets that published the corpus's articles (seeds/registry/outlets.json).",
            registry.Outlets.Select(o => (o.Id, o.Name + (o.Country is null ? string.Empty : " (" + o.Country + ")"))));
        WriteEnum(w, "Measure", "What a figure measures (seeds/registry/measures.json).",
            registry.Measures.Select(m => (m.Id, m.Name + (m.Description is null ? string.Empty : ": " + m.Description))));
        WriteEnum(w, "Unit", "The unit a figure is counted or measured in (seeds/registry/units.json).",
            registry.Units.Select(u => (u.Id, u.Name)));

        w.Open("internal static partial class CorpusData");
        WriteTable(w, "OutletData", "CreateOutlets", registry.Outlets.Select(o =>
            $"new({Literals.RegistryMember("Outlet", o.Id)}, {Literals.String(o.Id)}, {Literals.String(o.Name)}, " +
            $"Country: {Literals.String(o.Country)}, Language: {Literals.String(o.Language)}, Note: {Literals.String(o.Note)})"));
        w.Line();
        WriteTable(w, "MeasureData", "CreateMeasures", registry.Measures.Select(m =>
            $"new({Literals.RegistryMember("Measure", m.Id)}, {Literals.String(m.Id)}, {Literals.String(m.Name)}, Description: {Literals.String(m.Description)})"));
        w.Line();
        WriteTable(w, "UnitData", "CreateUnits", registry.Units.Select(u =>
            $"new({Literals.RegistryMember("Unit", u.Id)}, {Literals.String(u.Id)}, {Literals.String(u.Name)}, Symbol: {Literals.String(u.Symbol)})"));
        w.Line();
        WriteTable(w, "PersonData", "CreatePeople", registry.People.Select(p =>
            $"new({Literals.String(p.Id)}, {Literals.String(p.Name)}, {Literals.Enum(Vocabulary.PersonKind, p.Kind)}, " +
            $"Aliases: {Literals.Strings(p.Aliases)}, Affiliation: {Literals.String(p.Affiliation)}, Role: {Literals.String(p.Role)}, Note: {Literals.String(p.Note)})"));
        w.Close();
        return w.ToString();
    }

    private static void WriteEnum(SourceWriter w, string name, string summary, IEnumerable<(string Id, string Doc)> members)
    {
        w.Line($"/// <summary>{Xml.Escape(summary)}</summary>");
        w.Open($"public enum {name}");
        foreach (var (id, doc) in members)
        {
            w.Line($"/// <summary>{Xml.Escape(doc)} (id: <c>{Xml.Escape(id)}</c>)</summary>");
            w.Line(Identifiers.ToPascalCase(id) + ",");
        }
        w.Close();
        w.Line();
    }

    private static void WriteTable(SourceWriter w, string type, string method, IEnumerable<string> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            w.Line($"internal static {type}[] {method}() => global::System.Array.Empty<{type}>();");
            return;
        }
        w.Line($"internal static {type}[] {method}() => new {type}[]");
        w.Line("{");
        w.Indent();
        foreach (var row in list) w.Line(row + ",");
        w.Outdent();
        w.Line("};");
    }
}
