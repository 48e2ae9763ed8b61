using System.Globalization;
using KzDataset.Core.Common;
using KzDataset.Core.Records;

namespace KzDataset.Generator.Emit;

/// <summary>
/// Emits the fixed part of a corpus: <c>KzCorpus</c>, which gathers the buckets' data and holds the
/// corpus instance, and the catalogs' corpus-wide members (<c>Articles.All</c>, <c>People.Find</c>…).
/// The typed members are added to the same partial classes by the registry and bucket files.
/// </summary>
internal static class CorpusEmitter
{
    public const string HintName = "KzDataset.Corpus.g.cs";

    private const string List = "global::System.Collections.Generic.IReadOnlyList";

    public static string Emit(EmitOptions options)
    {
        var w = new SourceWriter().Header(options.Namespace);
        var corpus = options.Instance;

        w.Line("/// <summary>The corpus compiled into this assembly from its seed files.</summary>");
        w.Line(SourceWriter.GeneratedCode);
        w.Open($"public static partial class {CatalogNames.CorpusClass}");
        w.Line("/// <summary>Every article, person, quote and figure of this corpus, read on first use.</summary>");
        w.Line($"public static global::KzDataset.Corpus {CatalogNames.Instance} {{ get; }} = global::KzDataset.Corpus.FromAssembly(typeof(" + options.CorpusClass + ").Assembly, Header, Bucket);");
        w.Line();
        w.Open("private static void Bucket(int bucket, ref global::System.ReadOnlySpan<byte> data)");
        w.Open("switch (bucket)");
        for (var bucket = 0; bucket < BucketLayout.BucketCount; bucket++)
        {
            w.Line($"case {bucket.ToString(CultureInfo.InvariantCulture)}: {ArticleEmitter.DataMethodName(bucket)}(ref data); break;");
        }
        w.Close();
        w.Close();
        w.Line();
        // A bucket without articles has no file, so its method has no body and data stays empty.
        for (var bucket = 0; bucket < BucketLayout.BucketCount; bucket++)
        {
            w.Line($"static partial void {ArticleEmitter.DataMethodName(bucket)}(ref global::System.ReadOnlySpan<byte> data);");
        }
        w.Close();

        Catalog(w, CatalogNames.Articles, "The articles of the corpus: every one, lookup by id, and one typed member per article.",
            ("Every article, ordered by id.", $"{List}<global::KzDataset.Article> {CatalogNames.All} => {corpus}.Articles;"),
            ("The article with this id (ordinal), or null.", $"global::KzDataset.Article? {CatalogNames.ById}(string id) => {corpus}.FindArticle(id);"));
        Catalog(w, CatalogNames.Quotes, "The quotes of the corpus: every one, lookups, and (when the project sets KzItemMembers) one typed member per quote, grouped by article.",
            ("All quotes, by article id then text order.", $"{List}<global::KzDataset.Quote> {CatalogNames.All} => {corpus}.Quotes;"),
            ("The quote with this corpus-wide id (<c>article-id/local-id</c>), or null.", $"global::KzDataset.Quote? {CatalogNames.ById}(string id) => {corpus}.FindQuote(id);"),
            ("Quotes whose text contains <paramref name=\"text\"/>, ignoring case, diacritics and typographic variants.", $"{List}<global::KzDataset.Quote> {CatalogNames.Search}(string text) => {corpus}.SearchQuotes(text);"));
        Catalog(w, CatalogNames.Figures, "The figures of the corpus: every one, lookups, and (when the project sets KzItemMembers) one typed member per figure, grouped by article.",
            ("All figures, by article id then text order.", $"{List}<global::KzDataset.Figure> {CatalogNames.All} => {corpus}.Figures;"),
            ("The figure with this corpus-wide id (<c>article-id/local-id</c>), or null.", $"global::KzDataset.Figure? {CatalogNames.ById}(string id) => {corpus}.FindFigure(id);"),
            ("Every figure of one measure, across articles, so disagreements between sources show side by side.", $"{List}<global::KzDataset.Figure> {CatalogNames.ByMeasure}(global::KzDataset.MeasureInfo measure) => {corpus}.FiguresOf(measure);"));
        Catalog(w, CatalogNames.People, "Everyone the corpus quotes or centres on: every person, lookups, and one typed member per person.",
            ("Every person, ordered by id.", $"{List}<global::KzDataset.Person> {CatalogNames.All} => {corpus}.People;"),
            ("The person with this id (ordinal), or null.", $"global::KzDataset.Person? {CatalogNames.ById}(string id) => {corpus}.FindPersonById(id);"),
            ("The person with this id, name or alias, ignoring case, diacritics and typographic variants, or null.", $"global::KzDataset.Person? {CatalogNames.Find}(string nameOrAlias) => {corpus}.FindPerson(nameOrAlias);"));
        Catalog(w, CatalogNames.Experts, "The experts: people whose analysis the corpus quotes, with one typed member per expert.",
            ("Every expert, ordered by id.", $"{List}<global::KzDataset.Expert> {CatalogNames.All} => {corpus}.Experts;"),
            ("The expert with this id (ordinal), or null (also when the person is not an expert).", $"global::KzDataset.Expert? {CatalogNames.ById}(string id) => {corpus}.FindPersonById(id) as global::KzDataset.Expert;"),
            ("The expert with this id, name or alias (case-, diacritic- and typography-insensitive), or null.", $"global::KzDataset.Expert? {CatalogNames.Find}(string nameOrAlias) => {corpus}.FindPerson(nameOrAlias) as global::KzDataset.Expert;"));
        Catalog(w, CatalogNames.Corrections, "Every correction of the corpus: reading errors of the texts with their corrected readings.",
            ("All corrections, by article id then text order.", $"{List}<global::KzDataset.Correction> {CatalogNames.All} => {corpus}.Corrections;"));
        Catalog(w, CatalogNames.Outlets, "The outlets of the corpus's registry, with one typed member per outlet.",
            ("Every outlet, ordered by id.", $"{List}<global::KzDataset.OutletInfo> {CatalogNames.All} => {corpus}.Outlets;"));
        Catalog(w, CatalogNames.Measures, "What the corpus's figures measure, from its registry, with one typed member per measure.",
            ("Every measure, ordered by id.", $"{List}<global::KzDataset.MeasureInfo> {CatalogNames.All} => {corpus}.Measures;"));
        Catalog(w, CatalogNames.Units, "The units the corpus's figures are counted in, from its registry, with one typed member per unit.",
            ("Every unit, ordered by id.", $"{List}<global::KzDataset.UnitInfo> {CatalogNames.All} => {corpus}.Units;"));
        return w.ToString();
    }

    private static void Catalog(SourceWriter w, string name, string summary, params (string Doc, string Member)[] members)
    {
        w.Line();
        w.Line($"/// <summary>{summary}</summary>");
        w.Line(SourceWriter.GeneratedCode);
        w.Open($"public static partial class {name}");
        for (var i = 0; i < members.Length; i++)
        {
            if (i > 0) w.Line();
            w.Line($"/// <summary>{members[i].Doc}</summary>");
            w.Line("public static " + members[i].Member);
        }
        w.Close();
    }
}
