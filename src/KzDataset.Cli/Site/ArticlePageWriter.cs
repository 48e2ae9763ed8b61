using System.Globalization;
using System.Linq;
using System.Text;
using KzDataset.Rendering;

namespace KzDataset.Cli.Site;

/// <summary>
/// <c>articles/ID.html</c>: an article's metadata, the evidence for its outlet and date, the speakers'
/// legend, its verbatim text with every mark (through the runtime's one renderer of an annotated text),
/// and its diagnostics, each linked to its place in the text.
/// </summary>
internal static class ArticlePageWriter
{
    public static string Write(SiteArticle entry, string siteName)
    {
        var article = entry.Article;
        var html = SitePage.Start(entry.Title, "../", null, siteName);
        html.Append("<h1>").Text(entry.Title).Append("</h1>\n");
        if (article is null)
        {
            html.Append("<p class=\"kz-unbuilt\">This article did not build: its text file is shown as it is, with the diagnostics of its seed files.</p>\n");
        }
        else
        {
            Metadata(html, article, entry.SeedFile);
            Evidence(html, article);
            Legend(html, article);
        }
        html.Append("<section id=\"article-text\" aria-labelledby=\"text-heading\">\n<h2 id=\"text-heading\">Text</h2>\n");
        if (article is not null && article.Excluded.Count > 0)
        {
            html.Append("<p><button type=\"button\" id=\"toggle-excluded\" aria-pressed=\"false\">Hide the excluded spans</button> ")
                .Append("Greyed spans are not the article (advertisements, widgets, debris).</p>\n");
        }
        html.Append(HtmlRenderer.RenderText(entry.Text, AnnotatedTextOptions.Site)).Append("\n</section>\n");
        html.Append("<section id=\"diagnostics\" aria-labelledby=\"diagnostics-heading\">\n<h2 id=\"diagnostics-heading\">Diagnostics</h2>\n");
        DiagnosticList.Write(html, entry.Diagnostics, linkToText: true);
        html.Append("</section>\n");
        return SitePage.End(html);
    }

    private static void Metadata(StringBuilder html, Article article, string seedFile)
    {
        html.Append("<dl class=\"kz-meta\">\n");
        Term(html, "Id").Text(article.Id).Append("</dd>\n");
        if (article.Title is null) Term(html, "Headline").Append("none: ").Text(article.TitleNote).Append("</dd>\n");
        else if (article.TitleNote is not null) Term(html, "Headline").Text(article.TitleNote).Append("</dd>\n");
        Term(html, "Outlet").Text(article.Outlet.Name);
        if (article.OutletInferred) html.Append(" <span class=\"kz-inferred\">inferred</span>");
        html.Append("</dd>\n");
        Term(html, "Published");
        IndexPageWriter.DateText(html, article.Published);
        html.Append("</dd>\n");
        Term(html, "Format").Text(VocabularyWords.Of(article.Format)).Append("</dd>\n");
        Term(html, "Language").Text(string.Join(", ", VocabularyWords.Flags(article.Processing).Prepend(article.Language))).Append("</dd>\n");
        Term(html, "Counts").Append(string.Join(", ",
            Format.Count(article.Quotes.Count, "quote"), Format.Count(article.Figures.Count, "figure"),
            Format.Count(article.Corrections.Count, "correction"), Format.Count(article.Turns.Count, "turn"),
            Format.Count(article.Excluded.Count, "excluded span"))).Append("</dd>\n");
        Term(html, "Seed files").Text(seedFile + ".txt, " + seedFile + ".json").Append("</dd>\n");
        html.Append("</dl>\n");
    }

    private static StringBuilder Term(StringBuilder html, string term) => html.Append("<dt>").Append(term).Append("</dt><dd>");

    /// <summary>The outlet and the date, stated or inferred, with the sidecar's note and the cues it recorded (never any other).</summary>
    private static void Evidence(StringBuilder html, Article article)
    {
        html.Append("<section id=\"evidence\" aria-labelledby=\"evidence-heading\">\n<h2 id=\"evidence-heading\">Outlet and date: the evidence</h2>\n<dl>\n");
        html.Append("<dt>Outlet</dt><dd>").Text(article.Outlet.Name).Append(" — ").Append(article.OutletInferred ? "inferred" : "stated");
        Note(html, article.OutletNote);
        Cues(html, article.OutletCues, "outlet");
        html.Append("</dd>\n<dt>Date</dt><dd>");
        IndexPageWriter.DateText(html, article.Published);
        html.Append(" — ").Append(article.Published.Inferred ? "inferred" : "stated");
        Note(html, article.Published.Note);
        Cues(html, article.Published.Cues, "date");
        html.Append("</dd>\n</dl>\n</section>\n");
    }

    private static void Note(StringBuilder html, string? note)
    {
        if (note is not null) html.Append("<br><span class=\"kz-note\">Note: ").Text(note).Append("</span>");
    }

    private static void Cues(StringBuilder html, System.Collections.Generic.IReadOnlyList<TextSpan> cues, string kind)
    {
        if (cues.Count == 0)
        {
            html.Append("<br><span class=\"kz-no-cue\">No cue was recorded for the ").Append(kind).Append(" in the sidecar.</span>");
            return;
        }
        html.Append("<br>Cues, marked in the text: ");
        html.Append(string.Join("; ", cues.Select(c => "<mark class=\"kz-cue-sample\">" + Encode(c.Text) + "</mark> (line "
            + (c.Line).ToString(CultureInfo.InvariantCulture) + ")")));
    }

    private static string Encode(string text) => new StringBuilder().Text(text).ToString();

    /// <summary>Which colour is whose: the speakers in the order they are first quoted.</summary>
    private static void Legend(StringBuilder html, Article article)
    {
        var speakers = AnnotatedText.Speakers(article);
        if (speakers.Count == 0) return;
        html.Append("<h2>Speakers</h2>\n<ul class=\"kz-legend\">\n");
        for (var i = 0; i < speakers.Count; i++)
        {
            html.Append("<li><span class=\"kz-swatch kz-c").Append((i % AnnotatedText.ColorCount).ToString(CultureInfo.InvariantCulture))
                .Append("\"></span> <a href=\"../people/").Text(SiteNames.Page(speakers[i].Id)).Append("\">").Text(speakers[i].Name).Append("</a></li>\n");
        }
        html.Append("</ul>\n");
    }
}
