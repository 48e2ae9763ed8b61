using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KzDataset.Rendering;

namespace KzDataset.Cli.Site;

/// <summary>
/// A list of KZ diagnostics as <c>kz check</c> prints them (severity, code, message, file(line,col)),
/// each linked to its mark in the text when it has one.
/// </summary>
internal static class DiagnosticList
{
    public static void Write(StringBuilder html, IReadOnlyList<SiteDiagnostic> diagnostics, bool linkToText)
    {
        if (diagnostics.Count == 0)
        {
            html.Append("<p>No KZ errors or warnings.</p>\n");
            return;
        }
        html.Append("<ol class=\"kz-diagnostics\">\n");
        foreach (var d in diagnostics)
        {
            html.Append("<li class=\"kz-diagnostic kz-").Append(d.Severity).Append('"').Attribute("data-code", d.Code).Append('>')
                .Append("<span class=\"kz-severity\">").Append(d.Severity).Append("</span> <code>").Text(d.Code).Append("</code> ")
                .Append("<span class=\"kz-where\">").Text(d.File)
                .Append(string.Create(CultureInfo.InvariantCulture, $"({d.Line},{d.Column})")).Append("</span>: ")
                .Append("<span class=\"kz-message\">").Text(d.Message).Append("</span>");
            if (linkToText && d.Placed) html.Append(" <a href=\"#").Append(d.Anchor).Append("\">show in the text</a>");
            else if (linkToText) html.Append(" <span class=\"kz-unplaced\">(no place in the text)</span>");
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");
    }
}
