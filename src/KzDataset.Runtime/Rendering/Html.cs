using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace KzDataset.Rendering;

/// <summary>
/// Writes HTML with every piece of seed text encoded by the framework's <see cref="HtmlEncoder"/>
/// (markup characters and quotes become entities, so text and attribute values can never become
/// markup); letters of every script stay readable as they are.
/// </summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The class every fragment's root carries; the inline style is scoped under it.</summary>
    public const string Root = "kzds";

    public static StringBuilder Text(this StringBuilder html, string? text) => html.Append(Encoder.Encode(text ?? string.Empty));

    /// <summary>An element that starts with an attribute of encoded text: <c>&lt;tag class="…" title="…"&gt;</c>.</summary>
    public static StringBuilder Open(this StringBuilder html, string tag, string cssClass, string? title = null)
    {
        html.Append('<').Append(tag).Append(" class=\"").Append(cssClass).Append('"');
        if (!string.IsNullOrEmpty(title)) html.Append(" title=\"").Text(title).Append('"');
        return html.Append('>');
    }

    /// <summary>An attribute of encoded text, <c> name="…"</c>; nothing when the value is null.</summary>
    public static StringBuilder Attribute(this StringBuilder html, string name, string? value)
        => value is null ? html : html.Append(' ').Append(name).Append("=\"").Text(value).Append('"');

    public static StringBuilder Close(this StringBuilder html, string tag) => html.Append("</").Append(tag).Append('>');

    public static StringBuilder Element(this StringBuilder html, string tag, string cssClass, string? text, string? title = null)
        => html.Open(tag, cssClass, title).Text(text).Close(tag);

    /// <summary>A fragment's root element with the scoped style, so it displays alike wherever it lands.</summary>
    public static StringBuilder Fragment(this StringBuilder html, string kind)
        => html.Append("<div class=\"").Append(Root).Append(' ').Append(Root).Append('-').Append(kind).Append("\">").Append(HtmlStyle.Css);
}
