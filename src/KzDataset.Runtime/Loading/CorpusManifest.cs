using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.IO;
using KzDataset.Format;

namespace KzDataset;

/// <summary>
/// What the generator compiled in: the articles it checked and their records (the computed
/// offsets and codes, see KzDataset.Format.ArticleRecord) in as many buckets of data as its header says.
/// </summary>
internal sealed class CorpusManifest
{
    private readonly byte[][] _data;

    private CorpusManifest(CorpusHeader header, byte[][] data, IReadOnlyList<ManifestEntry> entries)
    {
        Header = header;
        _data = data;
        Entries = entries;
    }

    /// <summary>Who wrote the data, in which format, and the registry's order.</summary>
    public CorpusHeader Header { get; }

    /// <summary>The runtime as errors name it: "KzDataset.Runtime 0.2.0".</summary>
    public static string Reader { get; } = "KzDataset.Runtime " + typeof(CorpusManifest).Assembly.GetName().Version!.ToString(3);

    /// <summary>Every article, in id order.</summary>
    public IReadOnlyList<ManifestEntry> Entries { get; }

    /// <summary>Decodes every bucket's data (a few MB at 10,000 articles) as the generated code gives it: base64 UTF-8.</summary>
    public static CorpusManifest FromBase64(byte[] headerBase64, BucketSource source)
    {
        var header = CorpusHeader.Read(Decode("header", headerBase64), Reader);
        var data = new byte[header.BucketCount][];
        for (var bucket = 0; bucket < data.Length; bucket++)
        {
            var base64 = ReadOnlySpan<byte>.Empty;
            source(bucket, ref base64);
            data[bucket] = Decode("bucket " + bucket, base64);
        }
        return FromData(header, data);
    }

    /// <summary>From the header's and the buckets' decoded data (as KzDataset.Format writes them).</summary>
    public static CorpusManifest FromData(byte[] header, byte[][] data) => FromData(CorpusHeader.Read(header, Reader), data);

    private static CorpusManifest FromData(CorpusHeader header, byte[][] data)
    {
        if (data.Length != header.BucketCount) throw new InvalidDataException($"The corpus header says {header.BucketCount} buckets of data; there are {data.Length}.");
        var entries = new List<ManifestEntry>();
        for (var bucket = 0; bucket < data.Length; bucket++)
        {
            try
            {
                foreach (var (id, baseName, offset) in BucketData.ReadManifest(data[bucket])) entries.Add(new ManifestEntry(id, baseName, bucket, offset));
            }
            catch (FormatException ex)
            {
                throw new InvalidDataException($"The compiled data of bucket {bucket} is damaged: {ex.Message}", ex);
            }
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new CorpusManifest(header, data, entries);
    }

    /// <summary>The decoded data of one bucket.</summary>
    public byte[] Records(int bucket) => _data[bucket];

    private static byte[] Decode(string what, ReadOnlySpan<byte> base64)
    {
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(base64.Length)];
        if (Base64.DecodeFromUtf8(base64, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            throw new InvalidDataException($"The compiled data of {what} is not valid base64: the assembly is damaged.");
        }
        return bytes.AsSpan(0, written).ToArray();
    }
}
