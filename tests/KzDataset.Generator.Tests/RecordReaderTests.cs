using System;
using KzDataset.Format;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The varints of the compiled article records, byte by byte: what is read, and the message of
/// each kind of damage (the runtime reports it as an <c>InvalidDataException</c>).
/// </summary>
public sealed class RecordReaderTests
{
    private static RecordReader Reader(params byte[] bytes) => new(bytes, 0);

    [Theory]
    [InlineData(new byte[] { 0x00 }, 0ul)]
    [InlineData(new byte[] { 0x7F }, 127ul)]
    [InlineData(new byte[] { 0x80, 0x01 }, 128ul)]
    [InlineData(new byte[] { 0xAC, 0x02 }, 300ul)]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, ulong.MaxValue)]
    public void Varints_read_seven_bits_a_byte_low_first(byte[] bytes, ulong expected)
    {
        var reader = Reader(bytes);
        Assert.Equal(expected, reader.ULong());
        Assert.Equal(bytes.Length, reader.Position);
    }

    [Fact]
    public void A_number_that_does_not_end_is_damage()
        => Assert.Equal("an article record ends early", Assert.Throws<FormatException>(() => Reader(0x80, 0x80).ULong()).Message);

    [Fact]
    public void A_number_of_more_than_ten_bytes_is_damage()
        => Assert.Equal("an article record holds an over-long number",
            Assert.Throws<FormatException>(() => Reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01).ULong()).Message);

    [Fact]
    public void An_int_reads_up_to_int_MaxValue_and_no_further()
    {
        Assert.Equal(int.MaxValue, Reader(0xFF, 0xFF, 0xFF, 0xFF, 0x07).Int());
        Assert.Equal("an article record holds a number out of range",
            Assert.Throws<FormatException>(() => Reader(0x80, 0x80, 0x80, 0x80, 0x08).Int()).Message);
    }

    [Fact]
    public void A_count_may_not_exceed_the_bytes_left()
    {
        Assert.Equal(2, Reader(0x02, 0x00, 0x00).Count());
        Assert.Equal("an article record holds a count past its end",
            Assert.Throws<FormatException>(() => Reader(0x03, 0x00, 0x00).Count()).Message);
    }

    [Fact]
    public void A_range_is_a_start_and_a_length_and_may_not_overflow()
    {
        Assert.Equal(new RecordRange(5, 8), Reader(0x05, 0x03).Range());
        Assert.Throws<OverflowException>(() => Reader(0xFF, 0xFF, 0xFF, 0xFF, 0x07, 0x01).Range());
    }

    [Fact]
    public void Optional_values_are_stored_one_up_and_skip_moves_forward()
    {
        var reader = Reader(0x00, 0x05, 0x09, 0x01);
        Assert.Equal(-1, reader.Optional());
        Assert.Equal(4, reader.Optional());
        reader.Skip(1);
        Assert.True(reader.Bool());
        Assert.Equal(4, reader.Position);
    }

    [Fact]
    public void Ranges_are_equal_by_start_and_end()
    {
        Assert.Equal(new RecordRange(1, 2), new RecordRange(1, 2));
        Assert.NotEqual(new RecordRange(1, 2), new RecordRange(1, 3));
        Assert.NotEqual(new RecordRange(0, 2), new RecordRange(1, 2));
        Assert.False(new RecordRange(1, 2).Equals((object)"(1, 2)"));
        Assert.Equal(new RecordRange(1, 2).GetHashCode(), new RecordRange(1, 2).GetHashCode());
        Assert.NotEqual(new RecordRange(1, 2).GetHashCode(), new RecordRange(2, 1).GetHashCode());
    }
}
