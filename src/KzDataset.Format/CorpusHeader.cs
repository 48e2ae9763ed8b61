using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace KzDataset.Format;

/// <summary>
/// What a compiled corpus says about itself, ahead of its buckets: which format it is written in,
/// which generator wrote it, how many buckets its articles are spread over and the order of the
/// registry lists its records refer to by position. The runtime reads it first, so a corpus from a
/// newer generator is a clear error instead of a silent misreading.
/// </summary>
/// <remarks>
/// Bytes: the magic <c>KZDS</c>, then fields, each a varint tag, a varint length and that many bytes.
/// A reader skips the fields it does not know, so a later minor version can add fields. Tags 1 (format
/// version) and 2 (generator version) keep their meaning in every format, so any reader can say which
/// format and generator wrote a corpus it cannot read.
/// </remarks>
public sealed class CorpusHeader
{
    /// <summary>The format this library writes and the newest it reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The four bytes every header starts with.</summary>
    public static IReadOnlyList<byte> Magic { get; } = Array.AsReadOnly(Encoding.ASCII.GetBytes("KZDS"));

    /// <summary>A header; every list of <paramref name="registry"/> in the order records refer to.</summary>
    public CorpusHeader(int formatVersion, string generatorVersion, int bucketCount, RegistryOrder registry)
    {
        if (formatVersion < 1) throw new ArgumentOutOfRangeException(nameof(formatVersion), "formats start at 1");
        if (bucketCount < 1) throw new ArgumentOutOfRangeException(nameof(bucketCount), "a corpus has at least one bucket");
        FormatVersion = formatVersion;
        GeneratorVersion = generatorVersion ?? throw new ArgumentNullException(nameof(generatorVersion));
        BucketCount = bucketCount;
        Registry = registry ?? throw new ArgumentNullException(nameof(registry));
    }

    /// <summary>The format the corpus is written in.</summary>
    public int FormatVersion { get; }

    /// <summary>The version of the generator that wrote it (informational: shown in errors).</summary>
    public string GeneratorVersion { get; }

    /// <summary>How many buckets the articles are spread over.</summary>
    public int BucketCount { get; }

    /// <summary>The registry's ids in the order article records refer to them.</summary>
    public RegistryOrder Registry { get; }

    /// <summary>The header's bytes, as <see cref="Read"/> reads them.</summary>
    public byte[] Write()
    {
        var w = new RecordWriter();
        foreach (var b in Magic) w.Byte(b);
        Field(w, HeaderTag.FormatVersion, f => f.Int(FormatVersion));
        Field(w, HeaderTag.GeneratorVersion, f => f.Bytes(Encoding.UTF8.GetBytes(GeneratorVersion)));
        Field(w, HeaderTag.BucketCount, f => f.Int(BucketCount));
        Field(w, HeaderTag.People, f => Ids(f, Registry.People));
        Field(w, HeaderTag.Outlets, f => Ids(f, Registry.Outlets));
        Field(w, HeaderTag.Measures, f => Ids(f, Registry.Measures));
        Field(w, HeaderTag.Units, f => Ids(f, Registry.Units));
        return w.ToArray();
    }

    /// <summary>
    /// Reads a header written by <see cref="Write"/> (or by a later format, whose unknown fields are skipped).
    /// </summary>
    /// <param name="data">The header's bytes.</param>
    /// <param name="reader">Who reads, as errors name it: the product and its version ("KzDataset.Runtime 0.2.0").</param>
    /// <exception cref="InvalidDataException">The bytes are not a header, are cut short, or are in a newer format than <see cref="CurrentFormatVersion"/>.</exception>
    public static CorpusHeader Read(byte[] data, string reader)
    {
        if (data is null) throw new ArgumentNullException(nameof(data));
        if (!StartsWithMagic(data)) throw new InvalidDataException("The compiled corpus has no KZDS header: it was not written by a KzDataset.Generator this runtime knows, or the assembly is damaged.");
        var fields = new Dictionary<int, (int Start, int Length)>();
        try
        {
            var r = new RecordReader(data, Magic.Count);
            while (r.Position < data.Length)
            {
                var tag = r.Int();
                var length = r.Count();
                if (fields.ContainsKey(tag)) throw new FormatException($"it holds field {tag} twice");
                fields[tag] = (r.Position, length);
                r.Skip(length);
            }
        }
        catch (FormatException ex)
        {
            throw Damaged(ex.Message, ex);
        }

        var format = Decode(data, fields, HeaderTag.FormatVersion, f => f.Int(), "format version");
        var generator = fields.ContainsKey((int)HeaderTag.GeneratorVersion)
            ? Decode(data, fields, HeaderTag.GeneratorVersion, f => f.Utf8ToEnd(), "generator version")
            : "(unknown)";
        if (format > CurrentFormatVersion)
        {
            throw new InvalidDataException(
                $"This corpus was built by KzDataset.Generator {generator} with format {format}; {reader} reads up to {CurrentFormatVersion}; update the runtime.");
        }
        if (format < 1) throw Damaged($"its format version is {format}", null);
        var buckets = Decode(data, fields, HeaderTag.BucketCount, f => f.Int(), "bucket count");
        if (buckets < 1) throw Damaged("it has no buckets", null);
        var registry = new RegistryOrder(
            Decode(data, fields, HeaderTag.People, ReadIds, "order of people"),
            Decode(data, fields, HeaderTag.Outlets, ReadIds, "order of outlets"),
            Decode(data, fields, HeaderTag.Measures, ReadIds, "order of measures"),
            Decode(data, fields, HeaderTag.Units, ReadIds, "order of units"));
        return new CorpusHeader(format, generator, buckets, registry);
    }

    private static bool StartsWithMagic(byte[] data)
    {
        if (data.Length < Magic.Count) return false;
        for (var i = 0; i < Magic.Count; i++)
        {
            if (data[i] != Magic[i]) return false;
        }
        return true;
    }

    private static T Decode<T>(byte[] data, Dictionary<int, (int Start, int Length)> fields, HeaderTag tag, Func<RecordReader, T> read, string what)
    {
        if (!fields.TryGetValue((int)tag, out var field)) throw Damaged($"it has no {what}", null);
        // A field is read from a copy of its bytes alone, so a value cannot run into the next field.
        var bytes = new byte[field.Length];
        Array.Copy(data, field.Start, bytes, 0, field.Length);
        var r = new RecordReader(bytes, 0);
        try
        {
            var value = read(r);
            if (r.Position != bytes.Length) throw new FormatException("bytes are left over");
            return value;
        }
        catch (FormatException ex)
        {
            throw Damaged($"its {what} cannot be read: {ex.Message}", ex);
        }
    }

    private static string[] ReadIds(RecordReader r)
    {
        var ids = new string[r.Count()];
        for (var i = 0; i < ids.Length; i++) ids[i] = r.String();
        return ids;
    }

    private static void Ids(RecordWriter w, IReadOnlyList<string> ids)
    {
        w.Int(ids.Count);
        foreach (var id in ids) w.String(id);
    }

    private static void Field(RecordWriter w, HeaderTag tag, Action<RecordWriter> write)
    {
        var field = new RecordWriter();
        write(field);
        var bytes = field.ToArray();
        w.Int((int)tag);
        w.Int(bytes.Length);
        w.Bytes(bytes);
    }

    private static InvalidDataException Damaged(string reason, Exception? inner)
        => new($"The compiled corpus header is damaged ({reason}): the assembly is not the one KzDataset.Generator wrote.", inner);
}
