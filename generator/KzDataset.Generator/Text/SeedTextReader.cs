using System.Security.Cryptography;
using System.Text;
using KzDataset.Generator.Model;
using KzDataset.Generator.Parsing;

namespace KzDataset.Generator.Text;

/// <summary>Reads a seed text and hashes its UTF-8 bytes (the recorded hash guards against edits, not change detection).</summary>
internal static class SeedTextReader
{
    public static SeedText Create(string path, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(bytes);
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash) hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return new SeedText(path, SeedFileNames.FileName(path), SeedFileNames.BaseName(path), content, hex.ToString(),
            Shared.ArticleRecord.Fingerprint(bytes, 0, bytes.Length));
    }
}
