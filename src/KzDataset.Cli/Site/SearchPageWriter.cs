using System.Text;

namespace KzDataset.Cli.Site;

/// <summary><c>search.html</c>: a search box over every quote, searched in the page by site.js from <c>search-index.js</c>.</summary>
internal static class SearchPageWriter
{
    public static string Write(SiteModel site, int quotes)
    {
        var html = SitePage.Start("Search quotes", "", "search.html", site.Name, SearchIndexWriter.FileName);
        html.Append("<h1>Search quotes</h1>\n<form role=\"search\" id=\"search-form\">\n<label for=\"search\">Words in a quote, a speaker or an article (")
            .Append(Format.Count(quotes, "quote")).Append(")</label>\n<input type=\"search\" id=\"search\" name=\"q\" autocomplete=\"off\">\n</form>\n")
            .Append("<p id=\"search-status\" role=\"status\" aria-live=\"polite\">Type at least two letters.</p>\n")
            .Append("<ol id=\"search-results\"></ol>\n")
            .Append("<noscript><p>Search needs JavaScript; every quote is also on its speaker's page (People).</p></noscript>\n");
        return SitePage.End(html);
    }
}
