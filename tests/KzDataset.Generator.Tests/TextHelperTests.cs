using System;
using System.Buffers;
using System.Text;
using CsCheck;
using KzDataset.Core.Common;
using KzDataset.Core.Text;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// Small text helpers at their edges: the exact offset of the first invalid UTF-8 byte, lines and
/// columns of offsets, and the first word of a name.
/// </summary>
public sealed class TextHelperTests
{
    // The runtime's decoder stops at the start of the first ill-formed sequence: the offset the generator reports.
    private static int DecoderStop(byte[] bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == OperationStatus.Done ? -1 : read;
    }

    [Fact]
    public void First_invalid_byte_is_exactly_where_the_runtime_decoder_stops()
    {
        var interesting = Gen.OneOfConst<byte>(0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF);
        var bytes = Gen.Frequency((1, Gen.Byte), (3, interesting)).Array[0, 10];
        Gen.OneOf(bytes, Gen.String.Select(s => Encoding.UTF8.GetBytes(s + "\uD800x"))).Sample(sample =>
            Assert.Equal(DecoderStop(sample), Utf8Validation.FirstInvalidByte(sample)), iter: 20_000);
    }

    [Theory]
    [InlineData("41 7F", -1)]
    [InlineData("41 80", 1)]
    [InlineData("C1 BF", 0)]
    [InlineData("C2 80 DF BF", -1)]
    [InlineData("C2 7F", 0)]
    [InlineData("C2 C0", 0)]
    [InlineData("C2", 0)]
    [InlineData("E0 A0 80", -1)]
    [InlineData("E0 9F 80", 0)]
    [InlineData("E1 80 80 EC BF BF", -1)]
    [InlineData("ED 80 80 ED 9F BF", -1)]
    [InlineData("ED A0 80", 0)]
    [InlineData("EE 80 80 EF BF BF", -1)]
    [InlineData("E1 80 7F", 0)]
    [InlineData("E1 80 C0", 0)]
    [InlineData("E1 80", 0)]
    [InlineData("F0 90 80 80", -1)]
    [InlineData("F0 8F BF BF", 0)]
    [InlineData("F1 80 80 80 F3 BF BF BF", -1)]
    [InlineData("F4 80 80 80 F4 8F BF BF", -1)]
    [InlineData("F4 90 80 80", 0)]
    [InlineData("F1 80 80 7F", 0)]
    [InlineData("F1 80 80", 0)]
    [InlineData("F5 80 80 80", 0)]
    [InlineData("41 42 FF", 2)]
    public void Lead_bytes_and_their_second_byte_ranges(string hex, int expected)
        => Assert.Equal(expected, Utf8Validation.FirstInvalidByte(Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal))));

    [Fact]
    public void Lines_columns_and_line_text_follow_every_kind_of_line_break()
    {
        const string text = "ab\r\ncd\ne\rf\n";
        var lines = new LineIndex(text);

        Assert.Equal(5, lines.LineCount);
        Assert.Equal(new[] { 0, 4, 7, 9, 11 }, new[] { lines.LineStart(0), lines.LineStart(1), lines.LineStart(2), lines.LineStart(3), lines.LineStart(4) });
        Assert.Equal(new[] { "ab", "cd", "e", "f", string.Empty }, new[] { lines.LineText(0), lines.LineText(1), lines.LineText(2), lines.LineText(3), lines.LineText(4) });
        Assert.Equal((1, 1), lines.PositionOf(5));
        Assert.Equal((0, 2), lines.PositionOf(2));
        Assert.Equal(3, lines.LineOf(9));
        Assert.Equal(text, lines.Text);
    }

    [Fact]
    public void The_last_line_without_a_break_is_whole()
        => Assert.Equal("xyz", new LineIndex("a\nxyz").LineText(1));

    [Fact]
    public void A_location_ends_where_its_length_does_even_on_the_next_line()
    {
        var lines = new LineIndex("ab\ncd");

        Assert.Equal(new SourceLocation("/p.txt", 1, 3, 0, 1, 1, 1), lines.Locate("/p.txt", 1, 3));
    }

    [Theory]
    [InlineData("Kassym-Jomart Tokayev", "Kassym")]
    [InlineData("Tokayev", "Tokayev")]
    [InlineData("2022 events", "2022")]
    [InlineData("\u00ABX\u00BB", "")]
    [InlineData("", "")]
    public void The_first_word_of_a_name_is_its_leading_letters_and_digits(string name, string firstWord)
    {
        var folded = FoldedName.Of(name);

        Assert.Equal(firstWord, folded.FirstWord);
        Assert.Equal(name, folded.Original);
        Assert.Equal(KzDataset.Format.TypographicFolding.Fold(name), folded.Folded);
    }

    [Theory]
    [InlineData("Almaty", "Almaty", true)]
    [InlineData("in Almaty", "Almaty", true)]
    [InlineData("Almaty2", "Almaty", false)]
    [InlineData("Almaty.", "Almaty", true)]
    [InlineData("xAlmaty", "Almaty", false)]
    [InlineData("Almaty Almatyx", "Almatyx", true)]
    [InlineData("Almatyx Almaty", "Almaty", true)]
    [InlineData("Almatyx Almatyy", "Almaty", false)]
    [InlineData("\u00ABX\u00BB said", "\u00ABX\u00BB", true)]
    public void A_name_is_found_as_a_whole_word_at_the_text_edges_too(string text, string alias, bool found)
        => Assert.Equal(found, new AliasFinder(text).Contains(alias));
    [Fact]
    public void A_seed_text_is_named_and_hashed_by_its_utf8_bytes()
    {
        var text = SeedTextReader.Create("/seeds/news/a-b.txt", "Ä\n");

        Assert.Equal("/seeds/news/a-b.txt", text.Path);
        Assert.Equal("a-b.txt", text.FileName);
        Assert.Equal("a-b", text.BaseName);
        Assert.Equal("Ä\n", text.Content);
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("Ä\n"))).ToLowerInvariant(), text.Sha256);
    }

    [Fact]
    public void The_hash_with_a_byte_order_mark_is_that_of_the_mark_and_the_bytes()
    {
        var text = SeedTextReader.Create("/seeds/a.txt", "abc");
        byte[] withBom = [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', (byte)'c'];

        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(withBom)).ToLowerInvariant(), SeedTextReader.Sha256WithBom(text));
    }
}
