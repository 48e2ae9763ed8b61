using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Core.Records;

namespace KzDataset.Generator.Emit;

/// <summary>
/// Emits what of the registries must be code: one typed member per outlet, measure, unit, person
/// and expert, and the corpus header, which records the registry's order for the runtime. Names, aliases and notes stay in the embedded registry files; a member names its
/// entry by id. The record types are the shared runtime's, so nothing here is a type of its own
/// that could clash with a consumer's.
/// </summary>
internal static class RegistryEmitter
{
    public const string HintName = "KzDataset.Registry.g.cs";

    public static string Emit(RegistrySpec registry, EmitOptions options)
    {
        var w = new SourceWriter().Header(options.Namespace);
        var corpus = options.Instance;
        // The corpus header (KzDataset.Format.CorpusHeader) as base64, like the buckets' data: the
        // runtime reads the format, the bucket count and the registry's order from it.
        var header = HeaderBuilder.For(registry).Write();
        w.Open($"public static partial class {CatalogNames.CorpusClass}");
        w.Line($"private static global::System.ReadOnlySpan<byte> Header => \"{System.Convert.ToBase64String(header)}\"u8;");
        w.Close();
        w.Line();
        Members(w, CatalogNames.Outlets, registry.Outlets, id => $"global::KzDataset.OutletInfo {{0}} => {corpus}.Outlet({id});");
        Members(w, CatalogNames.Measures, registry.Measures, id => $"global::KzDataset.MeasureInfo {{0}} => {corpus}.Measure({id});");
        Members(w, CatalogNames.Units, registry.Units, id => $"global::KzDataset.UnitInfo {{0}} => {corpus}.Unit({id});");
        Members(w, CatalogNames.People, registry.People, id => $"global::KzDataset.Person {{0}} => {corpus}.Person({id});");
        Members(w, CatalogNames.Experts, registry.People.Where(p => p.Kind == PersonKind.Expert).ToEquatableArray(),
            id => $"global::KzDataset.Expert {{0}} => (global::KzDataset.Expert){corpus}.Person({id});");
        return w.ToString();
    }

    /// <param name="member">The member's declaration from its id literal, with {0} for its name.</param>
    private static void Members(SourceWriter w, string catalog, EquatableArray<RegistryEntry> entries, System.Func<string, string> member)
    {
        w.Open($"public static partial class {catalog}");
        foreach (var entry in entries)
        {
            w.Line($"/// <summary>{Xml.Escape(entry.Doc)}</summary>");
            w.Line(SourceWriter.GeneratedCode);
            w.Line("public static " + member(Literals.String(entry.Id)).Replace("{0}", Identifiers.ToPascalCase(entry.Id)));
        }
        w.Close();
        w.Line();
    }
}
