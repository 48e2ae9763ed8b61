using System;
using System.Linq;
using KzDataset.Format;
using Xunit;

namespace KzDataset.Tests;

/// <summary>The generator fingerprints bytes in an array, the runtime in place: both must give the same value.</summary>
public sealed class FingerprintTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(4_097)]
    public void Array_and_span_fingerprints_agree(int length)
    {
        var bytes = Enumerable.Range(0, length + 3).Select(i => (byte)(i * 31 + 7)).ToArray();

        Assert.Equal(ArticleRecord.Fingerprint(bytes, 3, length), ArticleRecord.Fingerprint(bytes.AsSpan(3, length)));
    }

    [Fact]
    public void One_changed_byte_changes_the_fingerprint()
    {
        var bytes = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray();
        var before = ArticleRecord.Fingerprint(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] ^= 1;
            Assert.NotEqual(before, ArticleRecord.Fingerprint(bytes));
            bytes[i] ^= 1;
        }
    }
}
