using System;
using System.IO;
using System.Linq;
using System.Text;
using KzDataset.Format;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>The corpus header: what is written reads back, unknown fields are skipped, a newer or damaged header is a clear error.</summary>
public sealed class CorpusHeaderTests
{
    private const string Reader = "KzDataset.Runtime 0.2.0";

    private static readonly RegistryOrder Order = new(
        new[] { "ann-example", "bob" }, new[] { "example-news" }, new[] { "elapsed-time", "troops-deployed" }, new[] { "soldier", "year" });

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        var header = new CorpusHeader(CorpusHeader.CurrentFormatVersion, "1.2.3", 16, Order);

        var read = CorpusHeader.Read(header.Write(), Reader);

        Assert.Equal(CorpusHeader.CurrentFormatVersion, read.FormatVersion);
        Assert.Equal("1.2.3", read.GeneratorVersion);
        Assert.Equal(16, read.BucketCount);
        Assert.Equal(Order.People, read.Registry.People);
        Assert.Equal(Order.Outlets, read.Registry.Outlets);
        Assert.Equal(Order.Measures, read.Registry.Measures);
        Assert.Equal(Order.Units, read.Registry.Units);
    }

    [Fact]
    public void It_starts_with_the_magic_bytes()
        => Assert.Equal("KZDS", Encoding.ASCII.GetString(new CorpusHeader(1, "1.0.0", 4, Order).Write(), 0, 4));

    [Fact]
    public void A_field_the_reader_does_not_know_is_skipped()
    {
        var bytes = new CorpusHeader(1, "1.0.0", 8, Order).Write();
        // A field a later minor version might add, between the magic and the known fields and at the end.
        var unknown = Field(99, new byte[] { 1, 2, 3, 0xFF, 0x80 });
        var withUnknown = bytes.Take(4).Concat(unknown).Concat(bytes.Skip(4)).Concat(Field(100, Array.Empty<byte>())).ToArray();

        var read = CorpusHeader.Read(withUnknown, Reader);

        Assert.Equal(8, read.BucketCount);
        Assert.Equal(Order.People, read.Registry.People);
    }

    [Fact]
    public void A_newer_format_names_both_versions_and_the_fix()
    {
        var bytes = new CorpusHeader(CorpusHeader.CurrentFormatVersion + 1, "9.1.0", 16, Order).Write();

        var error = Assert.Throws<InvalidDataException>(() => CorpusHeader.Read(bytes, Reader));

        Assert.Equal($"This corpus was built by KzDataset.Generator 9.1.0 with format {CorpusHeader.CurrentFormatVersion + 1}; KzDataset.Runtime 0.2.0 reads up to {CorpusHeader.CurrentFormatVersion}; update the runtime.", error.Message);
    }

    [Fact]
    public void A_newer_format_is_named_even_when_its_other_fields_mean_something_else()
    {
        // Only tags 1 and 2 keep their meaning across formats; a bucket count this reader cannot decode must not matter.
        var bytes = Encoding.ASCII.GetBytes("KZDS").Concat(Field(1, new byte[] { 7 })).Concat(Field(2, Encoding.UTF8.GetBytes("12.0.0")))
            .Concat(Field(3, new byte[] { 0xFF })).ToArray();

        var error = Assert.Throws<InvalidDataException>(() => CorpusHeader.Read(bytes, Reader));

        Assert.StartsWith("This corpus was built by KzDataset.Generator 12.0.0 with format 7;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_truncation_is_a_clear_error()
    {
        var bytes = new CorpusHeader(1, "1.0.0", 16, Order).Write();
        for (var length = 0; length < bytes.Length; length++)
        {
            var error = Assert.Throws<InvalidDataException>(() => CorpusHeader.Read(bytes.Take(length).ToArray(), Reader));
            Assert.Contains(length < 4 ? "no KZDS header" : "header is damaged", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bytes_without_the_magic_are_not_a_header()
    {
        var error = Assert.Throws<InvalidDataException>(() => CorpusHeader.Read(Encoding.ASCII.GetBytes("KZDX\u0001\u0001\u0001"), Reader));
        Assert.Contains("no KZDS header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_a_required_field_is_damaged()
    {
        var bytes = Encoding.ASCII.GetBytes("KZDS").Concat(Field(1, new byte[] { 1 })).ToArray();

        var error = Assert.Throws<InvalidDataException>(() => CorpusHeader.Read(bytes, Reader));

        Assert.Contains("(it has no bucket count)", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Field(int tag, byte[] value)
    {
        var w = new RecordWriter();
        w.Int(tag);
        w.Int(value.Length);
        w.Bytes(value);
        return w.ToArray();
    }
}
