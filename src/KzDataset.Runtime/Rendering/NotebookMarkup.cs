using System.Text;

namespace KzDataset.Rendering;

/// <summary>The notebook fragment's marks: <c>kzds-</c> classes (styled by <see cref="HtmlStyle"/>), descriptions as titles.</summary>
internal static class NotebookMarkup
{
    public const string TextOpen = "<div class=\"kzds-text\">";

    /// <summary>The kinds a notebook shows; turns, cues and diagnostics are the site's.</summary>
    public static bool Shows(TextMarkKind kind)
        => kind is TextMarkKind.Excluded or TextMarkKind.Quote or TextMarkKind.Figure or TextMarkKind.Correction;

    public static void Open(StringBuilder html, TextMark mark, bool first)
    {
        html.Open("span", ClassOf(mark.Kind), mark.Detail);
        if (first && mark.Kind == TextMarkKind.Quote) html.Element("span", "kzds-who", mark.Label);
    }

    public static void Close(StringBuilder html, TextMark mark, bool atEnd)
    {
        html.Close("span");
        if (!atEnd) return;
        if (mark.Kind == TextMarkKind.Figure) html.Element("span", "kzds-tag", "[" + mark.Label + "]");
        else if (mark.Kind == TextMarkKind.Correction) html.Element("span", "kzds-fix", "→ " + mark.Label);
    }

    private static string ClassOf(TextMarkKind kind) => kind switch
    {
        TextMarkKind.Excluded => "kzds-excluded",
        TextMarkKind.Quote => "kzds-quote",
        TextMarkKind.Figure => "kzds-figure",
        _ => "kzds-wrong",
    };
}
