using System.Globalization;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Model;

namespace KzDataset.Generator.Emit;

/// <summary>
/// Emits one bucket of articles: its data (ids, seed names and records) as one base64 UTF-8
/// literal, one typed member per article, and (KzItemMembers) one per quote and figure naming its
/// position in the article. Free text travels in the embedded sidecars.
/// </summary>
internal static class ArticleEmitter
{
    public static string HintName(int bucket) => "KzDataset.Articles.B" + bucket.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";

    public static string DataMethodName(int bucket) => "BucketData" + bucket.ToString("D2", CultureInfo.InvariantCulture);

    public static string Emit(BucketModel bucket, EmitOptions options)
    {
        var w = new SourceWriter().Header(options.Namespace);

        // The bucket's manifest and records as base64 in one UTF-8 literal: data the compiler copies,
        // not code (see KzDataset.Format.BucketData).
        var data = KzDataset.Format.BucketData.Write(bucket.Articles.Select(a => (a.Id, a.BaseName, a.Record.ToArray())).ToList());
        w.Open($"public static partial class {CatalogNames.CorpusClass}");
        w.Line($"static partial void {DataMethodName(bucket.Index)}(ref global::System.ReadOnlySpan<byte> data) => data = \"{System.Convert.ToBase64String(data)}\"u8;");
        w.Close();
        w.Line();

        w.Open($"public static partial class {CatalogNames.Articles}");
        foreach (var article in bucket.Articles)
        {
            w.Line($"/// <summary>{Xml.Escape(Describe(article))}</summary>");
            w.Line(SourceWriter.GeneratedCode);
            w.Line($"public static global::KzDataset.Article {Identifiers.ToPascalCase(article.Id)} => {options.Instance}.Article({Literals.String(article.Id)});");
        }
        w.Close();
        w.Line();

        WriteItems(w, options, CatalogNames.Quotes, "Quote", bucket, a => a.Quotes);
        WriteItems(w, options, CatalogNames.Figures, "Figure", bucket, a => a.Figures);
        return w.ToString();
    }

    /// <summary>One nested class per article with one member per item: <c>Quotes.NytTokayevEmbracesRussia.CededSovereignty</c>.</summary>
    private static void WriteItems(SourceWriter w, EmitOptions options, string catalog, string type, BucketModel bucket, System.Func<ArticleEntry, EquatableArray<CatalogItem>> items)
    {
        var articles = bucket.Articles.Where(a => !items(a).IsEmpty).ToList();
        if (articles.Count == 0) return;
        w.Open($"public static partial class {catalog}");
        for (var a = 0; a < articles.Count; a++)
        {
            var article = articles[a];
            if (a > 0) w.Line();
            w.Line($"/// <summary>The {catalog.ToLowerInvariant()} of <c>{Xml.Escape(article.Id)}</c>.</summary>");
            w.Line(SourceWriter.GeneratedCode);
            w.Open($"public static class {Identifiers.ToPascalCase(article.Id)}");
            w.Line($"private static global::KzDataset.Article {CatalogNames.Article} => {options.Instance}.Article({Literals.String(article.Id)});");
            var list = items(article);
            for (var i = 0; i < list.Count; i++)
            {
                w.Line($"/// <summary>{Xml.Escape(list[i].Summary)} (<c>{Xml.Escape(list[i].LocalId)}</c>)</summary>");
                w.Line($"public static global::KzDataset.{type} {Identifiers.ToPascalCase(list[i].LocalId)} => {CatalogNames.Article}.{type}s[{Literals.Int(i)}];");
            }
            w.Close();
        }
        w.Close();
        w.Line();
    }

    private static string Describe(ArticleEntry article)
    {
        var d = article.Published;
        var date = d.Precision switch
        {
            DatePrecision.Year => d.Year.ToString("D4", CultureInfo.InvariantCulture),
            DatePrecision.Month => d.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + d.Month.ToString("D2", CultureInfo.InvariantCulture),
            _ => d.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + d.Month.ToString("D2", CultureInfo.InvariantCulture) + "-" + d.Day.ToString("D2", CultureInfo.InvariantCulture),
        };
        return $"{article.Title ?? "(no headline)"} ({article.Outlet}, {date}{(d.Inferred ? ", inferred" : string.Empty)}; id {article.Id})";
    }
}
