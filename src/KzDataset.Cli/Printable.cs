using System.Globalization;
using System.Text;

namespace KzDataset.Cli;

/// <summary>
/// The one rule for what the CLI lets reach a terminal: seed text (and anything echoed back) is
/// shown, never executed. Control characters (C0 but newline and tab, DEL, C1), format characters
/// (bidi controls U+202A–202E and U+2066–2069, zero-width U+200B–200F, BOM…), line and paragraph
/// separators and unpaired surrogates become a visible <c>\uXXXX</c>, so an ESC in a seed cannot
/// retitle, clear or recolour the reader's terminal. Every command prints values through this class.
/// </summary>
internal static class Printable
{
    /// <summary><paramref name="value"/> with every unprintable character replaced by <c>\uXXXX</c>.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value ?? string.Empty;
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var keep = !IsUnprintable(value, i);
            if (keep && char.IsHighSurrogate(c))
            {
                // A valid pair: both halves go through together.
                builder?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }
            if (keep)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(value, 0, i, value.Length + 16);
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return builder?.ToString() ?? value;
    }

    /// <summary><see cref="Text"/>, then escaped for Spectre.Console markup (a "[" in a seed is text, not a style).</summary>
    public static string Markup(string? value) => Spectre.Console.Markup.Escape(Text(value));

    private static bool IsUnprintable(string value, int i)
    {
        var c = value[i];
        if (c is '\n' or '\t') return false;
        // A CR is kept only as part of CRLF: alone it returns the cursor and lets text overwrite the line.
        if (c == '\r') return i + 1 >= value.Length || value[i + 1] != '\n';
        if (char.IsHighSurrogate(c)) return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        if (char.IsLowSurrogate(c)) return true;
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }
}
