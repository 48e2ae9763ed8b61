using System.Globalization;
using System.Linq;
using KzDataset.Generator.Common;
using KzDataset.Generator.Model;
using KzDataset.Generator.Validation;

namespace KzDataset.Generator.Emit;

/// <summary>
/// Emits the typed catalog members (<c>Articles.X</c>, <c>People.X</c>, <c>Experts.X</c>) and the
/// entry point that gathers the article buckets.
/// </summary>
internal static class CatalogEmitter
{
    public const string HintName = "KzDataset.Catalogs.g.cs";

    public static string Emit(CatalogModel catalog)
    {
        var w = new SourceWriter().Header();

        w.Open("public static partial class Articles");
        foreach (var article in catalog.Articles)
        {
            var date = FormatDate(article.Published);
            var title = article.Title ?? "(no headline)";
            w.Line($"/// <summary>{Xml.Escape(title)} ({Xml.Escape(article.Outlet)}, {date}; id <c>{Xml.Escape(article.Id)}</c>)</summary>");
            w.Line($"public static Article {Identifiers.ToPascalCase(article.Id)} => Corpus.Instance.Article({Literals.String(article.Id)});");
        }
        w.Close();
        w.Line();

        w.Open("public static partial class People");
        foreach (var person in catalog.Registry.People)
        {
            w.Line($"/// <summary>{Xml.Escape(Describe(person))}</summary>");
            w.Line($"public static Person {Identifiers.ToPascalCase(person.Id)} => Corpus.Instance.Person({Literals.String(person.Id)});");
        }
        w.Close();
        w.Line();

        w.Open("public static partial class Experts");
        foreach (var person in catalog.Registry.People.Where(p => p.Kind == "expert"))
        {
            w.Line($"/// <summary>{Xml.Escape(Describe(person))}</summary>");
            w.Line($"public static Expert {Identifiers.ToPascalCase(person.Id)} => (Expert)Corpus.Instance.Person({Literals.String(person.Id)});");
        }
        w.Close();
        w.Line();

        WriteItems(w, "Quotes", "Quote", catalog.Articles, a => a.Quotes);
        WriteItems(w, "Figures", "Figure", catalog.Articles, a => a.Figures);

        w.Open("internal static partial class CorpusData");
        w.Open("internal static global::System.Collections.Generic.List<ArticleData> CreateArticles()");
        w.Line($"var articles = new global::System.Collections.Generic.List<ArticleData>({Literals.Int(catalog.Articles.Count)});");
        for (var bucket = 0; bucket < CorpusBuilder.BucketCount; bucket++)
        {
            w.Line(ArticleEmitter.MethodName(bucket) + "(articles);");
        }
        w.Line("return articles;");
        w.Close();
        w.Line();
        for (var bucket = 0; bucket < CorpusBuilder.BucketCount; bucket++)
        {
            w.Line($"static partial void {ArticleEmitter.MethodName(bucket)}(global::System.Collections.Generic.List<ArticleData> articles);");
        }
        w.Close();
        return w.ToString();
    }

    /// <summary>One nested class per article with one member per item: <c>Quotes.NytTokayevEmbracesRussia.CededSovereignty</c>.</summary>
    private static void WriteItems(SourceWriter w, string catalog, string type, EquatableArray<ArticleEntry> articles, System.Func<ArticleEntry, EquatableArray<CatalogItem>> items)
    {
        w.Open($"public static partial class {catalog}");
        var first = true;
        foreach (var article in articles.Where(a => !items(a).IsEmpty))
        {
            if (!first) w.Line();
            first = false;
            w.Line($"/// <summary>The {catalog.ToLowerInvariant()} of <c>{Xml.Escape(article.Id)}</c>.</summary>");
            w.Open($"public static class {Identifiers.ToPascalCase(article.Id)}");
            foreach (var item in items(article))
            {
                var id = article.Id + "/" + item.LocalId;
                w.Line($"/// <summary>{Xml.Escape(item.Summary)} (id <c>{Xml.Escape(id)}</c>)</summary>");
                w.Line($"public static {type} {Identifiers.ToPascalCase(item.LocalId)} => Corpus.Instance.{type}({Literals.String(id)});");
            }
            w.Close();
        }
        w.Close();
        w.Line();
    }

    private static string Describe(PersonModel person)
    {
        var parts = new[] { person.Name, person.Role, person.Affiliation }.Where(p => !string.IsNullOrEmpty(p));
        return string.Join(", ", parts) + $" ({person.Kind}; id {person.Id})";
    }

    private static string FormatDate(DateModel date)
    {
        var text = date.Precision switch
        {
            "year" => date.Year.ToString("D4", CultureInfo.InvariantCulture),
            "month" => date.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + date.Month.ToString("D2", CultureInfo.InvariantCulture),
            _ => date.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + date.Month.ToString("D2", CultureInfo.InvariantCulture) + "-" + date.Day.ToString("D2", CultureInfo.InvariantCulture),
        };
        return date.Inferred ? text + ", inferred" : text;
    }
}
