using System.Linq;
using KzDataset.Generator.Common;
using KzDataset.Generator.Model;

namespace KzDataset.Generator.Emit;

/// <summary>
/// Emits what of the registries must be code: the Outlet, Measure and Unit enums (members in id
/// order, so the runtime maps an id to its value by position) and the typed members of People and
/// Experts. Names, aliases and notes stay in the embedded registry files.
/// </summary>
internal static class RegistryEmitter
{
    public const string HintName = "KzDataset.Registry.g.cs";

    public static string Emit(RegistrySpec registry)
    {
        var w = new SourceWriter().Header();
        WriteEnum(w, "Outlet", "The outlets that published the corpus's articles (registry/outlets.json).", registry.Outlets);
        WriteEnum(w, "Measure", "What a figure measures (registry/measures.json).", registry.Measures);
        WriteEnum(w, "Unit", "The unit a figure is counted or measured in (registry/units.json).", registry.Units);

        w.Open("public static partial class People");
        foreach (var person in registry.People)
        {
            w.Line($"/// <summary>{Xml.Escape(person.Doc)}</summary>");
            w.Line(SourceWriter.GeneratedCode);
            w.Line($"public static global::KzDataset.Person {Identifiers.ToPascalCase(person.Id)} => global::KzDataset.Corpus.Instance.Person({Literals.String(person.Id)});");
        }
        w.Close();
        w.Line();

        w.Open("public static partial class Experts");
        foreach (var person in registry.People.Where(p => p.Kind == "expert"))
        {
            w.Line($"/// <summary>{Xml.Escape(person.Doc)}</summary>");
            w.Line(SourceWriter.GeneratedCode);
            w.Line($"public static global::KzDataset.Expert {Identifiers.ToPascalCase(person.Id)} => (global::KzDataset.Expert)global::KzDataset.Corpus.Instance.Person({Literals.String(person.Id)});");
        }
        w.Close();
        return w.ToString();
    }

    private static void WriteEnum(SourceWriter w, string name, string summary, EquatableArray<RegistryEntry> members)
    {
        w.Line($"/// <summary>{Xml.Escape(summary)}</summary>");
        w.Line(SourceWriter.GeneratedCode);
        w.Open($"public enum {name}");
        for (var i = 0; i < members.Count; i++)
        {
            w.Line($"/// <summary>{Xml.Escape(members[i].Doc)}</summary>");
            w.Line($"{Identifiers.ToPascalCase(members[i].Id)} = {Literals.Int(i)},");
        }
        w.Close();
        w.Line();
    }
}
