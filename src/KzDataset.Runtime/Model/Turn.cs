namespace KzDataset;

/// <summary>A turn of an interview or panel: a question (by the outlet or host) or an answer.</summary>
public sealed class Turn
{
    internal Turn(Article article, string localId, TurnRole role, Person? speaker, TextSpan span, string? note)
    {
        Article = article;
        LocalId = localId;
        Role = role;
        Speaker = speaker;
        Span = span;
        Note = note;
    }

    /// <summary>Corpus-wide id: <c>article-id/turn-n</c>.</summary>
    public string Id => Article.Id + "/" + LocalId;

    /// <summary>"turn-n", n counting the article's turns from 1.</summary>
    public string LocalId { get; }

    /// <summary>The article it is in.</summary>
    public Article Article { get; }

    /// <summary>Question or answer.</summary>
    public TurnRole Role { get; }

    /// <summary>Who speaks; null for a question by an unnamed interviewer.</summary>
    public Person? Speaker { get; }

    /// <summary>Where the turn is.</summary>
    public TextSpan Span { get; }

    /// <summary>The turn's text.</summary>
    public string Text => Span.Text;

    /// <summary>The annotator's note.</summary>
    public string? Note { get; }

    /// <summary>For an answer, the quote it makes; null for a question.</summary>
    public Quote? Quote { get; internal set; }
}
