using System.Collections.Generic;

namespace KzDataset.Format;

/// <summary>
/// The compiled data of one bucket of articles, written by the generator and read by the runtime.
/// [count], then for each article its id, its seed base name, and its record
/// (length-prefixed, see <see cref="ArticleRecord"/>). Ids and names travel here, not as C#
/// statements: a method of 10,000 statements would cost its JIT on first use.
/// </summary>
public static class BucketData
{
    /// <summary>A bucket's bytes: its articles' ids, seed base names and records.</summary>
    public static byte[] Write(IReadOnlyList<(string Id, string BaseName, byte[] Record)> articles)
    {
        var w = new RecordWriter();
        w.Int(articles.Count);
        foreach (var (id, baseName, record) in articles)
        {
            w.String(id);
            w.String(baseName);
            w.Int(record.Length);
            w.Bytes(record);
        }
        return w.ToArray();
    }

    /// <summary>Each article's id, base name and the offset of its record in <paramref name="data"/>; throws <see cref="System.FormatException"/> on damaged data.</summary>
    public static List<(string Id, string BaseName, int RecordOffset)> ReadManifest(byte[] data)
    {
        // A bucket no article hashes to has no data at all.
        if (data.Length == 0) return new List<(string, string, int)>();
        var r = new RecordReader(data, 0);
        var count = r.Count();
        var entries = new List<(string, string, int)>(count);
        for (var i = 0; i < count; i++)
        {
            var id = r.String();
            var baseName = r.String();
            var length = r.Count();
            entries.Add((id, baseName, r.Position));
            r.Skip(length);
        }
        return entries;
    }
}
