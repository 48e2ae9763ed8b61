using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KzDataset.Rendering;

namespace KzDataset.Cli.Site;

/// <summary>
/// <c>figures.html</c>: every figure grouped by measure. A group whose figures give different values in
/// the same unit is marked as a disagreement and says so in words: the reader compares the subjects
/// and dates beside each value, which is where the sources differ or contradict each other.
/// </summary>
internal static class FiguresPageWriter
{
    public static string Write(SiteModel site, IReadOnlyDictionary<string, string> pages)
    {
        var html = SitePage.Start("Figures", "", "figures.html", site.Name);
        html.Append("<h1>Figures by measure</h1>\n");
        var figures = site.BuiltArticles.SelectMany(a => a.Figures).ToList();
        html.Append("<p>").Append(Format.Count(figures.Count, "figure")).Append(". A measure whose sources give different values is marked <strong>disagree</strong>.</p>\n");
        foreach (var group in figures.GroupBy(f => f.Measure).OrderBy(g => g.Key.Id, StringComparer.Ordinal))
        {
            var differing = group.GroupBy(f => f.Unit).Where(u => u.Select(Format.FigureValue).Distinct(StringComparer.Ordinal).Count() > 1).ToList();
            html.Append("<section class=\"kz-measure").Append(differing.Count > 0 ? " kz-disagree" : "").Append('"')
                .Attribute("data-measure", group.Key.Id).Append(">\n<h2>").Text(group.Key.Name).Append("</h2>\n");
            if (group.Key.Description is not null) html.Append("<p>").Text(group.Key.Description).Append("</p>\n");
            foreach (var unit in differing)
            {
                var values = unit.Select(Format.FigureValue).Distinct(StringComparer.Ordinal).ToList();
                html.Append("<p class=\"kz-disagree-note\"><strong>Sources disagree:</strong> ").Append(Format.Count(unit.Count(), "figure"))
                    .Append(" give ").Append(values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" different values in ")
                    .Text(unit.Key.Name).Append(" (").Text(string.Join(", ", values)).Append("); compare their subjects and dates.</p>\n");
            }
            html.Append("<table>\n<thead><tr><th scope=\"col\" class=\"num\">Value</th><th scope=\"col\">Unit</th><th scope=\"col\">Qualifier</th>")
                .Append("<th scope=\"col\">Subject</th><th scope=\"col\">As of</th><th scope=\"col\">Text</th><th scope=\"col\">Article</th></tr></thead>\n<tbody>\n");
            foreach (var figure in group.OrderBy(f => f.Article.Id, StringComparer.Ordinal).ThenBy(f => f.Span.Start))
            {
                html.Append("<tr").Attribute("data-figure", figure.LocalId).Append("><td class=\"num\">").Text(Format.FigureValue(figure)).Append("</td><td>")
                    .Text(figure.Unit.Name).Append("</td><td>").Text(VocabularyWords.Of(figure.Qualifier)).Append("</td><td>")
                    .Text(figure.Subject).Append("</td><td>").Text(figure.AsOf ?? "").Append("</td><td>").Text(figure.Text).Append("</td><td>")
                    .Append("<a href=\"articles/").Text(pages[figure.Article.Id]).Append("\">").Text(figure.Article.Title ?? figure.Article.Id)
                    .Append("</a> (").Text(figure.Article.Outlet.Name).Append(")</td></tr>\n");
            }
            html.Append("</tbody>\n</table>\n</section>\n");
        }
        return SitePage.End(html);
    }
}
