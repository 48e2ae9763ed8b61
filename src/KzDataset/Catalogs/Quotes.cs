using System.Collections.Generic;
using System.Linq;

namespace KzDataset;

/// <summary>
/// Every quote of the corpus, and one typed member per quote, grouped by article (generated):
/// <c>Quotes.NytTokayevEmbracesRussia.CededSovereignty</c>.
/// </summary>
public static partial class Quotes
{
    /// <summary>All quotes, by article id then text order.</summary>
    public static IReadOnlyList<Quote> All => Corpus.Instance.Quotes;

    /// <summary>The quote with this corpus-wide id (<c>article-id/local-id</c>), or null.</summary>
    public static Quote? ById(string id) => Corpus.Instance.FindQuote(id);

    /// <summary>Quotes whose text contains <paramref name="text"/>, ignoring case, diacritics and typographic variants.</summary>
    public static IReadOnlyList<Quote> Search(string text)
    {
        var needle = Shared.NameKey.Of(text);
        return All.Where(q => Shared.NameKey.Of(q.Text).Contains(needle, System.StringComparison.Ordinal)).ToArray();
    }
}
