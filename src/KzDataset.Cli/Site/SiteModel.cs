using System.Collections.Generic;
using System.Linq;
using KzDataset.Rendering;

namespace KzDataset.Cli.Site;

/// <summary>
/// A KZ diagnostic as the site shows it: numbered within its page, located in its seed file, and
/// placed in the article's text when it has a place there.
/// </summary>
/// <param name="Number">Its number within the page (<c>diag-N</c>).</param>
/// <param name="Start">Where it is marked in the text, or null when it has no place there.</param>
internal sealed record SiteDiagnostic(int Number, string Code, bool IsError, string Message, string File, int Line, int Column, int? Start, int? End)
{
    public string Severity => IsError ? "error" : "warning";

    /// <summary>The id of its mark in the text.</summary>
    public string Anchor => "diag-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool Placed => Start is not null;
}

/// <summary>
/// One article page: an article the runtime built (errors or not), or one the checks could not build,
/// shown from its text file with its diagnostics.
/// </summary>
/// <param name="Id">The article's id, or for one that did not build, its seed file's base name.</param>
/// <param name="Page">Its page's file name in <c>articles/</c>, safe whatever the id holds.</param>
/// <param name="Article">The runtime's article, or null when it did not build.</param>
/// <param name="SeedFile">Its seed files' base name as the diagnostics show it.</param>
/// <param name="Text">Its text with every mark, diagnostics included.</param>
internal sealed record SiteArticle(string Id, string Page, Article? Article, string SeedFile, AnnotatedText Text, IReadOnlyList<SiteDiagnostic> Diagnostics)
{
    /// <summary>The headline, or the id for an article without one (its title note says why, on its page).</summary>
    public string Title => Article?.Title ?? Id;

    public int Errors => Diagnostics.Count(d => d.IsError);
}

/// <summary>Everything the site shows: the articles, the people, and the diagnostics that belong to no article.</summary>
internal sealed record SiteModel(
    string Name,
    IReadOnlyList<SiteArticle> Articles,
    IReadOnlyList<Person> People,
    IReadOnlyList<SiteDiagnostic> CorpusDiagnostics)
{
    public int ErrorCount => Articles.Sum(a => a.Errors) + CorpusDiagnostics.Count(d => d.IsError);

    public int DiagnosticCount => Articles.Sum(a => a.Diagnostics.Count) + CorpusDiagnostics.Count;

    public IEnumerable<Article> BuiltArticles => Articles.Where(a => a.Article is not null).Select(a => a.Article!);
}
