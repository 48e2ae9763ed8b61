using System;
using System.Globalization;
using System.Linq;
using System.Text;
using CsCheck;
using KzDataset.Generator.Emit;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The one encoder for seed text in generated doc comments, on its own: each kind of character,
/// exactly, and on generated strings that no invisible character or line end comes through.
/// </summary>
public sealed class XmlEscapeTests
{
    [Theory]
    [InlineData("Tokayev & Putin", "Tokayev &amp; Putin")]
    [InlineData("<b>a</b> > c", "&lt;b&gt;a&lt;/b&gt; &gt; c")]
    [InlineData("a\r\nb\tc\nd", "a  b c d")]
    [InlineData("Алматы, Қазақстан — “quoted” ‘x’ é", "Алматы, Қазақстан — “quoted” ‘x’ é")]
    [InlineData("line\u2028end", "line\\u2028end")]
    [InlineData("para\u2029end", "para\\u2029end")]
    [InlineData("next\u0085line", "next\\u0085line")]
    [InlineData("nul\0x", "nul\\u0000x")]
    [InlineData("bell\u0007 del\u007F", "bell\\u0007 del\\u007F")]
    [InlineData("\u202Eevil\u202C", "\\u202Eevil\\u202C")]
    [InlineData("\u2066iso\u2069", "\\u2066iso\\u2069")]
    [InlineData("zero\u200Bwidth\u200D", "zero\\u200Bwidth\\u200D")]
    [InlineData("\uFEFFbom", "\\uFEFFbom")]
    [InlineData("private\uE000", "private\\uE000")]
    [InlineData("unassigned\u0378", "unassigned\\u0378")]
    public void Each_kind_of_character_is_kept_escaped_or_made_visible(string text, string expected)
        => Assert.Equal(expected, Xml.Escape(text));

    [Theory]
    [InlineData("emoji 😀!", "emoji 😀!")]
    [InlineData("math 𝔸", "math 𝔸")]
    [InlineData("tag \U000E0041x", "tag \\U000E0041x")]
    [InlineData("private \U000F0000x", "private \\U000F0000x")]
    [InlineData("\U000E0001", "\\U000E0001")]
    public void An_astral_character_is_judged_as_one_code_point(string text, string expected)
        => Assert.Equal(expected, Xml.Escape(text));

    // In code, not attributes: an attribute's string cannot hold a lone surrogate (it becomes U+FFFD).
    [Fact]
    public void A_lone_surrogate_is_escaped()
    {
        Assert.Equal("lone high \\uD83D", Xml.Escape("lone high \uD83D"));
        Assert.Equal("lone high \\uD83Dx", Xml.Escape("lone high \uD83Dx"));
        Assert.Equal("lone low \\uDE00x", Xml.Escape("lone low \uDE00x"));
        Assert.Equal("reversed \\uDE00\\uD83D", Xml.Escape("reversed \uDE00\uD83D"));
        Assert.Equal("\\uD83D😀", Xml.Escape("\uD83D\uD83D\uDE00"));
    }

    /// <summary>
    /// On generated strings (printable ASCII, any UTF-16 unit, astral characters, and the characters
    /// that matter here): the result has no character a reader could not see, no line end and no
    /// markup; and decoding it gives the input back, line breaks and tabs read as spaces.
    /// </summary>
    [Fact]
    public void Nothing_invisible_comes_through_and_nothing_is_lost()
    {
        var piece = Gen.Frequency(
            (4, Gen.Char[' ', '~'].Where(c => c != '\\').Select(c => c.ToString())),
            (2, Gen.Char['\0', '\uFFFF'].Where(c => c != '\\').Select(c => c.ToString())),
            (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
            (1, Gen.Int[0xE0000, 0xE007F].Select(char.ConvertFromUtf32)),
            (2, Gen.OneOfConst("\u2028", "\u2029", "\u0085", "\u202E", "\u2066", "\u200B", "\uFEFF", "\0", "\uD83D", "\uDE00", "&", "<", ">", "\r", "\n", "\t", "&amp;")));
        piece.Array[0, 24].Select(string.Concat).Sample(text =>
        {
            var escaped = Xml.Escape(text);
            for (var i = 0; i < escaped.Length; i++)
            {
                if (char.IsSurrogatePair(escaped, i))
                {
                    Assert.False(IsHidden(CharUnicodeInfo.GetUnicodeCategory(escaped, i)), escaped);
                    i++;
                    continue;
                }
                // The test's own list, not the encoder's: what the compiler reads as a line end or a reader cannot see.
                Assert.False(IsHidden(CharUnicodeInfo.GetUnicodeCategory(escaped[i])), $"U+{(int)escaped[i]:X4} in {escaped}");
                Assert.DoesNotContain(escaped[i], "<>");
            }
            Assert.Equal(text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' '), Decode(escaped));
        }, iter: 20_000);
    }

    private static bool IsHidden(UnicodeCategory category) => category is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate
        or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;

    // The inverse of the encoder (for inputs without a backslash): entities and \u/\U escapes read back.
    private static string Decode(string escaped)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < escaped.Length; i++)
        {
            var rest = escaped.AsSpan(i);
            if (rest.StartsWith("&amp;")) { builder.Append('&'); i += 4; }
            else if (rest.StartsWith("&lt;")) { builder.Append('<'); i += 3; }
            else if (rest.StartsWith("&gt;")) { builder.Append('>'); i += 3; }
            else if (rest.StartsWith("\\U")) { builder.Append(char.ConvertFromUtf32(int.Parse(rest.Slice(2, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture))); i += 9; }
            else if (rest.StartsWith("\\u")) { builder.Append((char)int.Parse(rest.Slice(2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 5; }
            else
            {
                Assert.NotEqual('&', escaped[i]);
                builder.Append(escaped[i]);
            }
        }
        return builder.ToString();
    }
}
