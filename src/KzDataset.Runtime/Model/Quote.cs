namespace KzDataset;

/// <summary>Something a person or body said, as the article renders it.</summary>
public sealed class Quote
{
    internal Quote(Article article, string localId, Person speaker, QuoteKind kind, TextSpan span, string? cue, string? note)
    {
        Article = article;
        LocalId = localId;
        Speaker = speaker;
        Kind = kind;
        Span = span;
        Cue = cue;
        Note = note;
    }

    /// <summary>Corpus-wide id: <c>article-id/local-id</c>.</summary>
    public string Id => Article.Id + "/" + LocalId;

    /// <summary>Id within the article (answers taken from turns use the turn's id).</summary>
    public string LocalId { get; }

    /// <summary>The article it is in.</summary>
    public Article Article { get; }

    /// <summary>Who said it.</summary>
    public Person Speaker { get; }

    /// <summary>Direct, indirect, an interview or panel answer, a slogan.</summary>
    public QuoteKind Kind { get; }

    /// <summary>Where the quoted words are (inside the quotation marks, for a direct quote).</summary>
    public TextSpan Span { get; }

    /// <summary>The quoted words, verbatim (cut from the raw text on each call, not kept).</summary>
    public string Text => Span.Text;

    /// <summary>The attribution verb, when the text has one ("said", "says").</summary>
    public string? Cue { get; }

    /// <summary>The annotator's note.</summary>
    public string? Note { get; }

    /// <summary>For an interview or panel answer, the turn it is (part of).</summary>
    public Turn? Turn { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"{Speaker.Name}: {Text}";
}
