namespace KzDataset;

/// <summary>Words in quotation marks that are not a quote: a scare quote, a term, a title.</summary>
public sealed class QuotedTerm
{
    internal QuotedTerm(TextSpan span, TermKind kind, string? note)
    {
        Span = span;
        Kind = kind;
        Note = note;
    }

    /// <summary>The words inside the marks.</summary>
    public TextSpan Span { get; }

    /// <summary>What the marks do.</summary>
    public TermKind Kind { get; }

    /// <summary>The annotator's note.</summary>
    public string? Note { get; }

    /// <summary>The quoted words.</summary>
    public string Text => Span.Text;
}
