using System.Globalization;
using System.Text;

namespace KzDataset.Generator.Emit;

/// <summary>
/// The one encoder for seed text that reaches a generated documentation comment (titles, names,
/// roles, subjects). XML's specials are escaped; line breaks and tabs become spaces; every other
/// character that could end the comment's line (U+2028, U+2029, U+0085), hide or reorder text
/// (bidi controls, zero-width characters) or break the build (NUL and other controls, unpaired
/// surrogates) is written as a visible \uXXXX (\UXXXXXXXX beyond the BMP): escaped, never passed through raw.
/// </summary>
internal static class Xml
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    continue;
                case '<':
                    builder.Append("&lt;");
                    continue;
                case '>':
                    builder.Append("&gt;");
                    continue;
                case '\r':
                case '\n':
                case '\t':
                    builder.Append(' ');
                    continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // An astral character is judged as the one code point it is: tag characters
                // (U+E0001–E007F) and others are format characters too, private use ones invisible.
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (IsInvisible(CharUnicodeInfo.GetUnicodeCategory(text, i))) builder.Append("\\U").Append(codePoint.ToString("X8", CultureInfo.InvariantCulture));
                else builder.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (IsInvisible(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Characters a reader of generated code could not see, or that the compiler reads as a line end.</summary>
    public static bool IsInvisible(char c) => IsInvisible(CharUnicodeInfo.GetUnicodeCategory(c));

    private static bool IsInvisible(UnicodeCategory category) => category switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => true,
        _ => false,
    };
}
