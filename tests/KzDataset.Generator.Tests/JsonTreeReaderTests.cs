using System.Linq;
using System.Text;
using CsCheck;
using KzDataset.Core.Json;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The JSON layer under the parsers: byte offsets turned into UTF-16 offsets for any text, spans of
/// names and values, and each kind of syntax error with its message and position.
/// </summary>
public sealed class JsonTreeReaderTests
{
    /// <summary>
    /// Characters of every UTF-8 width (1 to 4 bytes, and leads E0 and F0), asked in any order,
    /// inside characters and out of range: the offset is the UTF-16 units of the characters that
    /// end at or before the byte.
    /// </summary>
    [Fact]
    public void A_byte_offset_maps_to_the_characters_before_it_in_any_order()
    {
        var character = Gen.OneOfConst("a", "\n", "é", "ё", "“", "ऀ", "€", "😀", "𝔸", "\U00010000");
        Gen.Select(character.Array[0, 20].Select(string.Concat), Gen.Int[-2, 90].Array[1, 12]).Sample((text, offsets) =>
        {
            var map = new Utf8OffsetMap(text);
            Assert.Equal(Encoding.UTF8.GetBytes(text), map.Bytes);
            foreach (var offset in offsets)
            {
                Assert.Equal(Expected(text, offset), map.CharOffset(offset));
            }
        }, iter: 5_000);
    }

    private static int Expected(string text, long byteOffset)
    {
        var bytes = 0;
        var units = 0;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            bytes += Encoding.UTF8.GetByteCount(text.Substring(i, width));
            if (bytes > byteOffset) break;
            units += width;
        }
        return units;
    }

    [Fact]
    public void Names_and_values_carry_their_spans_in_utf16_offsets()
    {
        const string text = "{ \"é\\u0062\": \"😀x\", \"n\": [1, null, true] }";
        var root = (JsonObject)JsonTreeReader.Read(text, new Utf8OffsetMap(text)).Root!;

        var first = root.Properties[0];
        Assert.Equal("éb", first.Name);
        Assert.Equal("\"é\\u0062\"", text.Substring(first.NameStart, first.NameEnd - first.NameStart));
        Assert.Equal("\"😀x\"", text.Substring(first.Value.Start, first.Value.End - first.Value.Start));
        var array = (JsonArray)root.Properties[1].Value;
        Assert.Equal(new[] { "1", "null", "true" }, array.Items.Select(v => text.Substring(v.Start, v.End - v.Start)));
        Assert.Equal(new[] { "a number", "null", "a boolean" }, array.Items.Select(v => v.KindName));
        Assert.Equal(("an object", "an array", "a string"), (root.KindName, array.KindName, first.Value.KindName));
        Assert.Equal(text, text.Substring(root.Start, root.End - root.Start));
    }

    [Theory]
    [InlineData("", "the file is empty; a JSON object was expected", 0)]
    [InlineData("  // only a comment\n", "the file is empty; a JSON object was expected", 0)]
    [InlineData("/* a */ // b\r\n\t/**/", "the file is empty; a JSON object was expected", 0)]
    [InlineData("// no line end", "the file is empty; a JSON object was expected", 0)]
    [InlineData("// a note\n{ }", null, 0)]
    [InlineData("/* a note */{ }", null, 0)]
    [InlineData("/* open", "Expected end of comment, but instead reached end of data.", 0)]
    [InlineData("{ } { }", "'{' is invalid after a single JSON value. Expected end of data.", 4)]
    [InlineData("{ } // done\n/* done */", null, 0)]
    [InlineData("{ \"a\": \"\\uD800\" }", "Cannot read incomplete UTF-16 JSON text as string with missing low surrogate.", 7)]
    [InlineData("{ \"é\": 1 } x", "'x' is invalid after a single JSON value. Expected end of data.", 11)]
    [InlineData("{ \"a\": }", "'}' is an invalid start of a value.", 7)]
    [InlineData("{ \"ü\": 1,\n  \"b\" 2 }", "'2' is invalid after a property name. Expected a ':'.", 16)]
    [InlineData("{ \"a\": \"open", "Expected end of string, but instead reached end of data.", 12)]
    [InlineData("{ \"a\": 1\n", "Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.", 9)]
    public void A_syntax_error_has_a_message_without_the_readers_position_and_an_offset(string text, string? error, int offset)
    {
        var result = JsonTreeReader.Read(text, new Utf8OffsetMap(text));

        Assert.Equal(error is null, result.Root is not null);
        Assert.Equal(error, result.Error);
        Assert.Equal(offset, result.ErrorOffset);
    }
}
