namespace KzDataset.Rendering;

/// <summary>Which markup an annotated text is written in.</summary>
public enum AnnotatedTextStyle
{
    /// <summary>
    /// A notebook fragment's: <c>kzds-</c> classes under the fragment's scoped inline style,
    /// descriptions as titles; excluded spans, quotes, figures and corrections only.
    /// </summary>
    Notebook,

    /// <summary>
    /// A static site's: <c>kz-</c> classes styled by the site's own stylesheet, data attributes,
    /// focusable figures with their tooltip, corrections as <c>del</c>/<c>ins</c>; every kind of mark.
    /// </summary>
    Site,
}

/// <summary>How <see cref="HtmlRenderer.RenderText(AnnotatedText, AnnotatedTextOptions)"/> writes an annotated text.</summary>
public sealed class AnnotatedTextOptions
{
    /// <summary>The notebook's markup.</summary>
    public static AnnotatedTextOptions Notebook { get; } = new() { Style = AnnotatedTextStyle.Notebook };

    /// <summary>The static site's markup.</summary>
    public static AnnotatedTextOptions Site { get; } = new() { Style = AnnotatedTextStyle.Site };

    /// <summary>Which markup to write.</summary>
    public AnnotatedTextStyle Style { get; init; }
}
