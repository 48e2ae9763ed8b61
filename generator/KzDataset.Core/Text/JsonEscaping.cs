using System.Globalization;
using System.Text;

namespace KzDataset.Core.Text;

/// <summary>
/// Text as the contents of a JSON string (without the surrounding quotes), so a passage quoted in a
/// diagnostic can be pasted into a sidecar as is and reads back as exactly the same text. Beyond
/// what JSON requires (quote, backslash, U+0000–001F), DEL, C1, format characters (bidi, zero-width,
/// BOM) and U+2028/2029 are escaped too, so the message shows them instead of acting on the log.
/// </summary>
internal static class JsonEscaping
{
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (NeedsEscape(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool NeedsEscape(char c)
        => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
