namespace KzDataset;

/// <summary>A span of the raw text that is not the article: an ad, a widget, HTML debris, a duplicated block.</summary>
public sealed class ExcludedSpan
{
    internal ExcludedSpan(TextSpan span, ExclusionReason reason, string? note)
    {
        Span = span;
        Reason = reason;
        Note = note;
    }

    /// <summary>Where it is in the raw text.</summary>
    public TextSpan Span { get; }

    /// <summary>Why it is not the article.</summary>
    public ExclusionReason Reason { get; }

    /// <summary>The annotator's note.</summary>
    public string? Note { get; }

    /// <summary>The excluded text.</summary>
    public string Text => Span.Text;
}
