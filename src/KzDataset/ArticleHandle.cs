namespace KzDataset;

/// <summary>
/// What a generated quote or figure member holds: its article's id. The member's position in its
/// article is compiled in; the article is read on first use.
/// </summary>
internal sealed class ArticleHandle
{
    private readonly string _id;

    public ArticleHandle(string id) => _id = id;

    public Quote Quote(int index) => Corpus.Instance.Article(_id).Quotes[index];

    public Figure Figure(int index) => Corpus.Instance.Article(_id).Figures[index];
}
