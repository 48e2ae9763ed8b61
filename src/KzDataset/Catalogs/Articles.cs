using System.Collections.Generic;

namespace KzDataset;

/// <summary>The articles of the corpus: <see cref="All"/>, lookup by id, and one typed member per article (generated).</summary>
public static partial class Articles
{
    /// <summary>Every article, ordered by id.</summary>
    public static IReadOnlyList<Article> All => Corpus.Instance.Articles;

    /// <summary>The article with this id (ordinal), or null.</summary>
    public static Article? ById(string id) => Corpus.Instance.FindArticle(id);
}
