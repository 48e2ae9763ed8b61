using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.IO;

using KzDataset.Shared;

namespace KzDataset;

/// <summary>
/// What the generator compiled in: the articles it checked and their records (the computed
/// offsets and codes, see Shared/ArticleRecord.cs) in a bounded number of buckets of data.
/// </summary>
internal static partial class CorpusManifest
{
    /// <summary>Must match the generator's bucket count (CorpusBuilder.BucketCount).</summary>
    public const int Buckets = 16;

    private static readonly byte[][] Data = new byte[Buckets][];

    /// <summary>Every article, in id order; decodes every bucket's data (a few MB at 10,000 articles).</summary>
    public static IReadOnlyList<ManifestEntry> Load()
    {
        var entries = new List<ManifestEntry>();
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            var data = Decode(bucket);
            Data[bucket] = data;
            try
            {
                foreach (var (id, baseName, offset) in Shared.BucketData.ReadManifest(data)) entries.Add(new ManifestEntry(id, baseName, bucket, offset));
            }
            catch (FormatException ex)
            {
                throw new InvalidDataException($"The compiled data of bucket {bucket} is damaged: {ex.Message}", ex);
            }
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return entries;
    }

    /// <summary>The decoded data of one bucket (after <see cref="Load"/>).</summary>
    public static byte[] Records(int bucket) => Data[bucket];

    private static byte[] Decode(int bucket)
    {
        var base64 = ReadOnlySpan<byte>.Empty;
        BucketData(bucket, ref base64);
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(base64.Length)];
        if (Base64.DecodeFromUtf8(base64, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            throw new InvalidDataException($"The compiled data of bucket {bucket} is not valid base64: the assembly is damaged.");
        }
        return bytes.AsSpan(0, written).ToArray();
    }

    // Implemented by the generator; without it (an embed-only build) every bucket is empty.
    static partial void BucketData(int bucket, ref ReadOnlySpan<byte> data);
}
