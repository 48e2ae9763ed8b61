using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;

namespace KzDataset;

/// <summary>
/// What the generator compiled in: the articles it checked, in id order, and their records (the
/// computed offsets and codes, see Shared/ArticleRecord.cs) in a bounded number of buckets, each
/// decoded on first use of one of its articles.
/// </summary>
internal static partial class CorpusManifest
{
    /// <summary>Must match the generator's bucket count (CorpusBuilder.BucketCount).</summary>
    public const int Buckets = 16;

    private static readonly Lazy<byte[]>[] Data = Enumerable.Range(0, Buckets)
        .Select(b => new Lazy<byte[]>(() => Decode(b), LazyThreadSafetyMode.ExecutionAndPublication))
        .ToArray();

    public static IReadOnlyList<ManifestEntry> Load()
    {
        var entries = new List<ManifestEntry>();
        AddArticles(entries);
        return entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The decoded records of one bucket.</summary>
    public static byte[] Records(int bucket) => Data[bucket].Value;

    private static byte[] Decode(int bucket)
    {
        var base64 = ReadOnlySpan<byte>.Empty;
        BucketData(bucket, ref base64);
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(base64.Length)];
        if (Base64.DecodeFromUtf8(base64, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            throw new InvalidDataException($"The compiled article records of bucket {bucket} are not valid base64: the assembly is damaged.");
        }
        return bytes.AsSpan(0, written).ToArray();
    }

    // Implemented by the generator; without it (an embed-only build) the corpus is empty.
    static partial void AddArticles(List<ManifestEntry> entries);

    static partial void BucketData(int bucket, ref ReadOnlySpan<byte> data);
}
