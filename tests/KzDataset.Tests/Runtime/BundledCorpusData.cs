using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using KzDataset.Format;

namespace KzDataset.Tests.Runtime;

/// <summary>
/// The bundled corpus as data a test can change: each article's compiled record (read from the
/// generated <c>KzCorpus</c>, as the runtime reads it) and the embedded seed files, loaded back through
/// the runtime's own entry point for data (<see cref="Corpus.FromData"/>).
/// </summary>
internal sealed class BundledCorpusData
{
    private static readonly Lazy<BundledCorpusData> Original = new(Read);

    private BundledCorpusData(byte[] header, IReadOnlyList<Entry> articles, IReadOnlyDictionary<string, byte[]> files)
    {
        Header = header;
        Articles = articles;
        Files = files;
    }

    /// <summary>The corpus header (decoded) the generator compiled in: format, bucket count, registry order.</summary>
    public byte[] Header { get; }

    /// <summary>Every article in its bucket, in the bucket's order.</summary>
    public IReadOnlyList<Entry> Articles { get; }

    /// <summary>Every embedded seed file, by resource name.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public static BundledCorpusData Instance => Original.Value;

    /// <summary>A corpus of these articles, reading the seed files from <paramref name="files"/> (the bundled ones by default).</summary>
    public static Corpus Load(IReadOnlyList<Entry> articles, IReadOnlyDictionary<string, byte[]>? files = null)
    {
        var header = Instance.Header;
        var buckets = new byte[CorpusHeader.Read(header, CorpusManifest.Reader).BucketCount][];
        for (var bucket = 0; bucket < buckets.Length; bucket++)
        {
            var inBucket = articles.Where(a => a.Bucket == bucket).Select(a => (a.Id, a.BaseName, a.Record)).ToList();
            buckets[bucket] = inBucket.Count == 0 ? Array.Empty<byte>() : BucketData.Write(inBucket);
        }
        return Corpus.FromData(header, buckets, new MemoryStore(files ?? Instance.Files));
    }

    /// <summary>
    /// <paramref name="count"/> articles made of the bundled ones under new ids ("…-copy-07"): each
    /// with its own sidecar (the id changed, the record's fingerprint with it) and a copy of its text.
    /// </summary>
    public static (List<Entry> Articles, Dictionary<string, byte[]> Files) Clones(int count)
    {
        var original = Instance;
        var files = new Dictionary<string, byte[]>(original.Files, StringComparer.Ordinal);
        var articles = new List<Entry>();
        for (var i = 0; i < count; i++)
        {
            var source = original.Articles[i % original.Articles.Count];
            var clone = source with { Id = source.Id + "-copy-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), BaseName = source.BaseName + "-copy-" + i };
            var json = System.Text.Encoding.UTF8.GetString(original.Files[SidecarName(source)]);
            var at = json.IndexOf("\"" + source.Id + "\"", StringComparison.Ordinal);
            var sidecar = System.Text.Encoding.UTF8.GetBytes(json.Remove(at, source.Id.Length + 2).Insert(at, "\"" + clone.Id + "\""));
            files[SidecarName(clone)] = sidecar;
            files[TextName(clone)] = original.Files[TextName(source)];
            var record = ArticleRecord.Read(source.Record, 0);
            record.SidecarFingerprint = ArticleRecord.Fingerprint(sidecar);
            articles.Add(clone with { Record = record.Write() });
        }
        return (articles, files);
    }

    public static string SidecarName(Entry article) => SeedResources.SeedPrefix + article.BaseName + ".json";

    public static string TextName(Entry article) => SeedResources.SeedPrefix + article.BaseName + ".txt";

    private static BundledCorpusData Read()
    {
        // The generated corpus hands its header and data to the runtime through these members (see Corpus.FromAssembly).
        var source = typeof(KzCorpus).GetMethod("Bucket", BindingFlags.NonPublic | BindingFlags.Static)!.CreateDelegate<BucketSource>();
        var headerBase64 = typeof(KzCorpus).GetProperty("Header", BindingFlags.NonPublic | BindingFlags.Static)!.GetMethod!.CreateDelegate<HeaderSource>()().ToArray();
        var manifest = CorpusManifest.FromBase64(headerBase64, source);
        var header = Convert.FromBase64String(System.Text.Encoding.ASCII.GetString(headerBase64));
        var articles = new List<Entry>();
        for (var bucket = 0; bucket < manifest.Header.BucketCount; bucket++)
        {
            var data = manifest.Records(bucket);
            foreach (var (id, baseName, offset) in BucketData.ReadManifest(data))
            {
                articles.Add(new Entry(id, baseName, bucket, ArticleRecord.Read(data, offset).Write()));
            }
        }
        var assembly = typeof(KzCorpus).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(SeedResources.SeedPrefix, StringComparison.Ordinal) || n.StartsWith(SeedResources.RegistryPrefix, StringComparison.Ordinal))
            .ToDictionary(n => n, n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                var bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
                return bytes;
            }, StringComparer.Ordinal);
        return new BundledCorpusData(header, articles, files);
    }

    private delegate ReadOnlySpan<byte> HeaderSource();

    /// <summary>One article of the manifest with its record's bytes.</summary>
    public sealed record Entry(string Id, string BaseName, int Bucket, byte[] Record);

    private sealed class MemoryStore(IReadOnlyDictionary<string, byte[]> files) : ISeedStore
    {
        public IEnumerable<string> Names => files.Keys;

        public string Description => "memory";

        public ReadOnlyMemory<byte>? Read(string name) => files.TryGetValue(name, out var bytes) ? bytes : null;
    }
}
