namespace KzDataset;

/// <summary>
/// A reading error of the source text (a mistranslation, a mangled name) with the corrected
/// reading beside it. The text itself is never changed.
/// </summary>
public sealed class Correction
{
    internal Correction(Article article, string localId, TextSpan span, string correct, CorrectionKind kind, string? note)
    {
        Article = article;
        LocalId = localId;
        Span = span;
        Correct = correct;
        Kind = kind;
        Note = note;
    }

    /// <summary>Corpus-wide id: <c>article-id/local-id</c>.</summary>
    public string Id => Article.Id + "/" + LocalId;

    /// <summary>Id within the article.</summary>
    public string LocalId { get; }

    /// <summary>The article it is in.</summary>
    public Article Article { get; }

    /// <summary>Where the erroneous text is.</summary>
    public TextSpan Span { get; }

    /// <summary>The text as it stands (erroneous).</summary>
    public string Text => Span.Text;

    /// <summary>The corrected reading.</summary>
    public string Correct { get; }

    /// <summary>What kind of error it is.</summary>
    public CorrectionKind Kind { get; }

    /// <summary>Why the correction is right.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Text} → {Correct}";
}
