using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.IO;

namespace KzDataset;

/// <summary>
/// What the generator compiled in: the articles it checked and their records (the computed
/// offsets and codes, see Shared/ArticleRecord.cs) in a bounded number of buckets of data.
/// </summary>
internal sealed class CorpusManifest
{
    /// <summary>Must match the generator's bucket count (CorpusBuilder.BucketCount).</summary>
    public const int Buckets = 16;

    private readonly byte[][] _data;

    private CorpusManifest(byte[][] data, IReadOnlyList<ManifestEntry> entries)
    {
        _data = data;
        Entries = entries;
    }

    /// <summary>Every article, in id order.</summary>
    public IReadOnlyList<ManifestEntry> Entries { get; }

    /// <summary>Decodes every bucket's data (a few MB at 10,000 articles) as the generated code gives it: base64 UTF-8.</summary>
    public static CorpusManifest FromBase64(BucketSource source)
    {
        var data = new byte[Buckets][];
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            var base64 = ReadOnlySpan<byte>.Empty;
            source(bucket, ref base64);
            data[bucket] = Decode(bucket, base64);
        }
        return FromData(data);
    }

    /// <summary>From the buckets' decoded data (as Shared/BucketData.cs writes it).</summary>
    public static CorpusManifest FromData(byte[][] data)
    {
        if (data.Length != Buckets) throw new ArgumentException($"A corpus has {Buckets} buckets of data.", nameof(data));
        var entries = new List<ManifestEntry>();
        for (var bucket = 0; bucket < Buckets; bucket++)
        {
            try
            {
                foreach (var (id, baseName, offset) in Shared.BucketData.ReadManifest(data[bucket])) entries.Add(new ManifestEntry(id, baseName, bucket, offset));
            }
            catch (FormatException ex)
            {
                throw new InvalidDataException($"The compiled data of bucket {bucket} is damaged: {ex.Message}", ex);
            }
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new CorpusManifest(data, entries);
    }

    /// <summary>The decoded data of one bucket.</summary>
    public byte[] Records(int bucket) => _data[bucket];

    private static byte[] Decode(int bucket, ReadOnlySpan<byte> base64)
    {
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(base64.Length)];
        if (Base64.DecodeFromUtf8(base64, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            throw new InvalidDataException($"The compiled data of bucket {bucket} is not valid base64: the assembly is damaged.");
        }
        return bytes.AsSpan(0, written).ToArray();
    }
}
