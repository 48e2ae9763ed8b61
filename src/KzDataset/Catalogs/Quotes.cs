using System.Collections.Generic;
using System.Linq;

namespace KzDataset;

/// <summary>Every quote of the corpus.</summary>
public static class Quotes
{
    /// <summary>All quotes, by article id then text order.</summary>
    public static IReadOnlyList<Quote> All => Corpus.Instance.Quotes;

    /// <summary>The quote with this corpus-wide id (<c>article-id/local-id</c>), or null.</summary>
    public static Quote? ById(string id) => All.FirstOrDefault(q => q.Id == id);

    /// <summary>Quotes whose text contains <paramref name="text"/>, ignoring case, diacritics and typographic variants.</summary>
    public static IReadOnlyList<Quote> Search(string text)
    {
        var needle = Shared.NameKey.Of(text);
        return All.Where(q => Shared.NameKey.Of(q.Text).Contains(needle, System.StringComparison.Ordinal)).ToArray();
    }
}
