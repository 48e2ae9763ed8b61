using System.Collections.Generic;
using System.Linq;
using System.Text;
using KzDataset.Rendering;

namespace KzDataset.Cli.Site;

/// <summary>
/// <c>people.html</c>, everyone in the registry with their counts, and <c>people/ID.html</c>, one
/// person's name, role, aliases and quotes across articles, each linked to its place in its article.
/// </summary>
internal static class PeoplePageWriter
{
    public static string WriteList(SiteModel site)
    {
        var html = SitePage.Start("People", "", "people.html", site.Name);
        html.Append("<h1>People</h1>\n<table id=\"people\">\n<caption>").Append(Format.Count(site.People.Count, "person", "people"))
            .Append("</caption>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Kind</th><th scope=\"col\">Affiliation and role</th><th scope=\"col\" class=\"num\">Quotes</th><th scope=\"col\" class=\"num\">Articles</th></tr></thead>\n<tbody>\n");
        foreach (var person in site.People)
        {
            html.Append("<tr").Attribute("data-person", person.Id).Append("><th scope=\"row\"><a href=\"people/").Text(SiteNames.Page(person.Id)).Append("\">")
                .Text(person.Name).Append("</a></th><td>").Text(VocabularyWords.Of(person.Kind)).Append("</td><td>")
                .Text(string.Join(", ", new[] { person.Affiliation, person.Role }.Where(s => !string.IsNullOrEmpty(s))))
                .Append("</td><td class=\"num\">").Append(person.Quotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append("</td><td class=\"num\">").Append(person.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        return SitePage.End(html);
    }

    /// <param name="pages">Each built article's page file, by article id.</param>
    public static string WritePerson(Person person, IReadOnlyDictionary<string, string> pages, string siteName)
    {
        var html = SitePage.Start(person.Name, "../", null, siteName);
        html.Append("<h1>").Text(person.Name).Append("</h1>\n<dl class=\"kz-meta\">\n<dt>Id</dt><dd>").Text(person.Id).Append("</dd>\n")
            .Append("<dt>Kind</dt><dd>").Text(VocabularyWords.Of(person.Kind)).Append("</dd>\n");
        if (person.Affiliation is not null) html.Append("<dt>Affiliation</dt><dd>").Text(person.Affiliation).Append("</dd>\n");
        if (person.Role is not null) html.Append("<dt>Role</dt><dd>").Text(person.Role).Append("</dd>\n");
        html.Append("<dt>Aliases</dt><dd>").Text(person.Aliases.Count == 0 ? "none" : string.Join(", ", person.Aliases)).Append("</dd>\n");
        if (person.Note is not null) html.Append("<dt>Note</dt><dd>").Text(person.Note).Append("</dd>\n");
        html.Append("</dl>\n<h2>Quotes</h2>\n");
        var quotes = person.Quotes.Where(q => pages.ContainsKey(q.Article.Id)).ToList();
        if (quotes.Count == 0) html.Append("<p>No quotes.</p>\n");
        else html.Append("<ol class=\"kz-person-quotes\">\n");
        foreach (var quote in quotes)
        {
            html.Append("<li class=\"kz-person-quote\"").Attribute("data-quote", quote.LocalId).Append("><blockquote>").Text(quote.Text).Append("</blockquote> ")
                .Append("<span class=\"kz-quote-kind\">").Text(VocabularyWords.Of(quote.Kind)).Append("</span>, ")
                .Append("<a href=\"../articles/").Text(pages[quote.Article.Id]).Append("#q-").Text(SiteNames.Fragment(quote.LocalId)).Append("\">")
                .Text(quote.Article.Title ?? quote.Article.Id).Append("</a> (").Text(quote.Article.Outlet.Name).Append(", line ")
                .Append(quote.Span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(")</li>\n");
        }
        if (quotes.Count > 0) html.Append("</ol>\n");
        return SitePage.End(html);
    }
}
