namespace KzDataset.Format;

/// <summary>
/// The documented typographic equivalence for anchors: curly and angle quotes match straight ones,
/// dashes and the minus sign match a hyphen, and non-breaking or thin spaces match a space.
/// Folding is one character for one character, so a folded match maps back to the original offsets
/// and the resolved span is still the exact original text.
/// </summary>
public static class TypographicFolding
{
    /// <summary>The plain form of <paramref name="c"/> (itself when it has none).</summary>
    public static char Fold(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u2039' or '\u203A' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u2002' or '\u2003' or '\u2004'
            or '\u2005' or '\u2006' or '\u2008' => ' ',
        _ => c,
    };

    /// <summary><paramref name="text"/> with every character folded.</summary>
    public static string Fold(string text)
    {
        var chars = text.ToCharArray();
        var changed = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var folded = Fold(chars[i]);
            if (folded != chars[i])
            {
                chars[i] = folded;
                changed = true;
            }
        }
        return changed ? new string(chars) : text;
    }

    /// <summary>True for any double or single quotation mark, straight or typographic.</summary>
    public static bool IsQuotationMark(char c) => Fold(c) is '"' or '\'';
}
