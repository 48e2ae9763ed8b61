using System;
using System.Globalization;
using System.Linq;
using System.Text;
using KzDataset.Rendering;

namespace KzDataset.Cli.Site;

/// <summary>
/// <c>index.html</c>: every article in one table (title, outlet, date with its precision and whether it
/// is inferred, format, counts, errors), sortable by site.js through the header buttons; the articles
/// that did not build are listed too, with their error count; then the diagnostics that belong to no article.
/// </summary>
internal static class IndexPageWriter
{
    private static readonly (string Key, string Label, bool Numeric)[] Columns =
    [
        ("title", "Title", false),
        ("outlet", "Outlet", false),
        ("date", "Date", false),
        ("format", "Format", false),
        ("quotes", "Quotes", true),
        ("figures", "Figures", true),
        ("diagnostics", "Errors", true),
    ];

    public static string Write(SiteModel site)
    {
        var html = SitePage.Start("Articles", "", "index.html", site.Name);
        html.Append("<h1>Articles</h1>\n<p>").Append(Format.Count(site.Articles.Count, "article")).Append(", ")
            .Append(Format.Count(site.ErrorCount, "KZ error")).Append(". Sort the table with the buttons in its header.</p>\n");
        html.Append("<table id=\"articles\">\n<caption>Articles</caption>\n<thead><tr>");
        foreach (var (key, label, numeric) in Columns)
        {
            html.Append("<th scope=\"col\"");
            if (numeric) html.Append(" class=\"num\"");
            if (key == "date") html.Append(" aria-sort=\"ascending\"");
            html.Append("><button type=\"button\" data-sort=\"").Append(key).Append("\">").Append(label).Append("</button></th>");
        }
        html.Append("</tr></thead>\n<tbody>\n");
        var rows = site.Articles
            .OrderBy(a => a.Article is null ? "9999" : SortableDate(a.Article.Published), StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal);
        foreach (var entry in rows) Row(html, entry);
        html.Append("</tbody>\n</table>\n");

        if (site.CorpusDiagnostics.Count > 0)
        {
            html.Append("<section id=\"diagnostics\" aria-labelledby=\"diagnostics-heading\">\n<h2 id=\"diagnostics-heading\">Diagnostics of the registries and the corpus</h2>\n");
            DiagnosticList.Write(html, site.CorpusDiagnostics, linkToText: false);
            html.Append("</section>\n");
        }
        return SitePage.End(html);
    }

    private static void Row(StringBuilder html, SiteArticle entry)
    {
        var article = entry.Article;
        html.Append("<tr").Attribute("data-article", entry.Id).Append('>');
        // Sorted by its words: a headline that opens with a quotation mark sorts by its first letter.
        Cell(html, new string(entry.Title.SkipWhile(c => !char.IsLetterOrDigit(c)).ToArray()).ToLowerInvariant(), null);
        html.Append("<a href=\"articles/").Text(entry.Page).Append("\">").Text(entry.Title).Append("</a></td>");
        if (article is null)
        {
            html.Append("<td data-value=\"\">—</td><td data-value=\"9999\">—</td><td data-value=\"\">did not build</td>");
            NumberCell(html, 0, "");
            NumberCell(html, 0, "");
        }
        else
        {
            Cell(html, article.Outlet.Name.ToLowerInvariant(), null);
            html.Text(article.Outlet.Name);
            if (article.OutletInferred) html.Append(" <span class=\"kz-inferred\">inferred</span>");
            html.Append("</td>");
            Cell(html, SortableDate(article.Published), null);
            DateText(html, article.Published);
            html.Append("</td>");
            Cell(html, VocabularyWords.Of(article.Format), null);
            html.Text(VocabularyWords.Of(article.Format)).Append("</td>");
            NumberCell(html, article.Quotes.Count, null);
            NumberCell(html, article.Figures.Count, null);
        }
        var errors = entry.Errors;
        var warnings = entry.Diagnostics.Count - errors;
        html.Append("<td class=\"num\" data-diagnostics=\"").Append(errors.ToString(CultureInfo.InvariantCulture))
            .Append("\" data-value=\"").Append(errors.ToString(CultureInfo.InvariantCulture)).Append("\">");
        if (errors > 0) html.Append("<span class=\"kz-error-count\">").Append(Format.Count(errors, "error")).Append("</span>");
        else html.Append('0');
        if (warnings > 0) html.Append(", ").Append(Format.Count(warnings, "warning"));
        html.Append("</td></tr>\n");
    }

    /// <summary>The date with its precision, and a marker when it is inferred rather than stated.</summary>
    public static void DateText(StringBuilder html, PublicationDate date)
    {
        html.Text(date.ToString()).Append(" <span class=\"kz-precision\">(").Text(VocabularyWords.Of(date.Precision)).Append(")</span>");
        if (date.Inferred) html.Append(" <span class=\"kz-inferred\">inferred</span>");
    }

    private static string SortableDate(PublicationDate date) => date.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Cell(StringBuilder html, string sortValue, string? cssClass)
    {
        html.Append("<td");
        if (cssClass is not null) html.Append(" class=\"").Append(cssClass).Append('"');
        html.Attribute("data-value", sortValue).Append('>');
    }

    private static void NumberCell(StringBuilder html, int value, string? shown)
    {
        var number = value.ToString(CultureInfo.InvariantCulture);
        Cell(html, number, "num");
        html.Append(shown ?? number).Append("</td>");
    }
}
