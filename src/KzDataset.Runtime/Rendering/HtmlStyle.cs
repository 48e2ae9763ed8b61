namespace KzDataset.Rendering;

/// <summary>
/// The fragments' inline style: every rule is under the <c>.kzds</c> class, so it changes nothing
/// else on the page, and it uses no fonts, images or other resources from outside.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = "<style>"
        + ".kzds{font-family:inherit;font-size:13px;line-height:1.45}"
        + ".kzds table{border-collapse:collapse;margin:2px 0}"
        + ".kzds th,.kzds td{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}"
        + ".kzds th{background:#f3f3f3}"
        + ".kzds caption{text-align:left;font-weight:bold;padding:2px 0}"
        + ".kzds .kzds-more{color:#666;font-style:italic}"
        + ".kzds dl{display:grid;grid-template-columns:max-content auto;gap:1px 12px;margin:4px 0}"
        + ".kzds dt{font-weight:bold}.kzds dd{margin:0}"
        + ".kzds .kzds-text{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:8px;max-height:40em;overflow:auto}"
        + ".kzds .kzds-quote{background:#e8f1fb;quotes:none}"
        + ".kzds .kzds-who{font-size:10px;font-weight:bold;color:#fff;background:#3a6ea5;border-radius:3px;padding:0 3px;margin-right:3px}"
        + ".kzds .kzds-figure{background:#fdf0c8}"
        + ".kzds .kzds-tag{font-size:10px;color:#7a5a00;margin-left:2px}"
        + ".kzds .kzds-wrong{text-decoration:line-through;text-decoration-color:#c00}"
        + ".kzds .kzds-fix{color:#0a6b0a;font-weight:bold;margin-left:3px}"
        + ".kzds .kzds-excluded{color:#aaa}"
        + "</style>";
}
