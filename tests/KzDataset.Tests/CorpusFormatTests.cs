using System;
using System.IO;
using System.Linq;
using System.Text;
using KzDataset.Format;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// What the runtime does with the corpus header, through the entry point generated code calls
/// (<see cref="Corpus.FromAssembly(System.Reflection.Assembly, ReadOnlySpan{byte}, BucketSource)"/>): a corpus
/// from a newer generator or with a damaged header is a clear <see cref="InvalidDataException"/> on first use.
/// </summary>
public sealed class CorpusFormatTests
{
    private static readonly string RuntimeVersion = typeof(Corpus).Assembly.GetName().Version!.ToString(3);

    private static readonly RegistryOrder NoRegistry = new(Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>(), Array.Empty<string>());

    private static Corpus Load(byte[] header)
        => Corpus.FromAssembly(typeof(CorpusFormatTests).Assembly, Encoding.ASCII.GetBytes(Convert.ToBase64String(header)), static (int _, ref ReadOnlySpan<byte> _) => { });

    [Fact]
    public void A_corpus_written_with_a_newer_format_says_which_and_what_to_do()
    {
        var newer = CorpusHeader.CurrentFormatVersion + 1;
        var corpus = Load(new CorpusHeader(newer, "9.4.1", 16, NoRegistry).Write());

        var error = Assert.Throws<InvalidDataException>(() => corpus.Articles.Count);

        Assert.Equal($"This corpus was built by KzDataset.Generator 9.4.1 with format {newer}; KzDataset.Runtime {RuntimeVersion} reads up to {CorpusHeader.CurrentFormatVersion}; update the runtime.", error.Message);
        // The same error on every use, not a different exception the second time.
        Assert.Equal(error.Message, Assert.Throws<InvalidDataException>(() => corpus.People).Message);
    }

    [Fact]
    public void A_truncated_header_is_a_clear_error()
    {
        var header = new CorpusHeader(CorpusHeader.CurrentFormatVersion, "1.0.0", 16, NoRegistry).Write();
        var corpus = Load(header.Take(header.Length - 3).ToArray());

        var error = Assert.Throws<InvalidDataException>(() => corpus.Articles.Count);

        Assert.Contains("header is damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_that_is_not_base64_is_a_clear_error()
    {
        var corpus = Corpus.FromAssembly(typeof(CorpusFormatTests).Assembly, "not base64!"u8, static (int _, ref ReadOnlySpan<byte> _) => { });

        var error = Assert.Throws<InvalidDataException>(() => corpus.Articles.Count);

        Assert.Equal("The compiled data of header is not valid base64: the assembly is damaged.", error.Message);
    }

    [Fact]
    public void The_bucket_count_comes_from_the_header_and_an_empty_registry_matches_no_registry_files()
    {
        var asked = new System.Collections.Concurrent.ConcurrentBag<int>();
        var header = Convert.ToBase64String(new CorpusHeader(CorpusHeader.CurrentFormatVersion, "1.0.0", 3, NoRegistry).Write());
        var corpus = Corpus.FromAssembly(typeof(CorpusFormatTests).Assembly, Encoding.ASCII.GetBytes(header), (int bucket, ref ReadOnlySpan<byte> _) => asked.Add(bucket));

        Assert.Empty(corpus.Articles);
        Assert.Equal(new[] { 0, 1, 2 }, asked.Order());
    }

    [Fact]
    public void Code_generated_before_the_header_gets_a_clear_error()
    {
        var corpus = Corpus.FromAssembly(typeof(CorpusFormatTests).Assembly, static (int _, ref ReadOnlySpan<byte> _) => { });

        var error = Assert.Throws<InvalidDataException>(() => corpus.Articles.Count);

        Assert.StartsWith("This corpus was built by an earlier KzDataset.Generator, whose data has no format header;", error.Message, StringComparison.Ordinal);
    }
}
