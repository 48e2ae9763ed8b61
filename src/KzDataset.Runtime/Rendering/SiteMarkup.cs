using System.Globalization;
using System.Text;

namespace KzDataset.Rendering;

/// <summary>
/// The static site's marks (the site's DOM contract): <c>kz-</c> classes and data attributes, no
/// inline style. Ids go on a mark's first piece only, so they stay unique when a crossing splits it.
/// </summary>
internal static class SiteMarkup
{
    public const string TextOpen = "<div class=\"kz-text\" id=\"text\">";

    public static void Open(StringBuilder html, TextMark mark, bool first)
    {
        switch (mark.Kind)
        {
            case TextMarkKind.Excluded:
                html.Append("<span class=\"kz-excluded\"").Attribute("data-reason", mark.Category).Attribute("title", mark.Detail).Append('>');
                break;
            case TextMarkKind.Turn:
                html.Append("<span class=\"kz-turn\"").Attribute("data-turn", mark.Id).Attribute("title", mark.Detail).Append('>');
                if (first) html.Element("span", "kz-turn-label", mark.Label);
                break;
            case TextMarkKind.Quote:
                html.Append("<span class=\"kz-quote kz-c").Append(mark.Color.ToString(CultureInfo.InvariantCulture)).Append('"');
                if (first) html.Attribute("id", "q-" + mark.Id);
                html.Attribute("data-quote", mark.Id).Attribute("data-speaker", mark.Category).Attribute("data-speaker-name", mark.Label).Append('>');
                if (first) html.Element("span", "kz-speaker", mark.Label);
                break;
            case TextMarkKind.Figure:
                html.Append("<span class=\"kz-figure\" tabindex=\"0\"").Attribute("data-figure", mark.Id)
                    .Attribute("aria-describedby", "tip-" + mark.Id).Append('>');
                break;
            case TextMarkKind.Correction:
                html.Append("<span class=\"kz-correction\"").Attribute("title", mark.Detail).Append("><del>");
                break;
            case TextMarkKind.Cue:
                html.Append("<mark class=\"kz-cue\"").Attribute("data-cue", mark.Category).Attribute("title", mark.Detail).Append('>');
                break;
            default:
                html.Append("<mark class=\"kz-diag kz-").Text(mark.Category).Append('"').Attribute("data-code", mark.Label);
                if (first) html.Attribute("id", mark.Id);
                html.Attribute("title", mark.Detail).Append('>');
                break;
        }
    }

    public static void Close(StringBuilder html, TextMark mark, bool atEnd)
    {
        switch (mark.Kind)
        {
            case TextMarkKind.Figure:
                if (atEnd) html.Append("<span class=\"kz-tip\" role=\"tooltip\"").Attribute("id", "tip-" + mark.Id).Append('>').Text(mark.Label).Append("</span>");
                html.Append("</span>");
                break;
            case TextMarkKind.Correction:
                html.Append("</del>");
                if (atEnd) html.Append(" <ins>").Text(mark.Label).Append("</ins>");
                html.Append("</span>");
                break;
            case TextMarkKind.Cue or TextMarkKind.Diagnostic:
                html.Append("</mark>");
                break;
            default:
                html.Append("</span>");
                break;
        }
    }
}
