using System.Security.Cryptography;
using System.Text;
using KzDataset.Core.Model;

namespace KzDataset.Core.Parsing;

/// <summary>
/// Reads a seed text and hashes its UTF-8 bytes (the recorded hash guards against edits, not change
/// detection). A text's identity is its file's bytes; the compiler hands the generator the decoded
/// text without a byte-order mark, so the file's hash is either that of these bytes or, for a file
/// that starts with a mark, that of the mark and these bytes (<see cref="Sha256WithBom"/>).
/// </summary>
internal static class SeedTextReader
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    /// <param name="path">The file's path.</param>
    /// <param name="content">The decoded text, without a byte-order mark.</param>
    /// <param name="startsWithBom">Whether the file starts with a byte-order mark (only the KZ0012 message depends on it).</param>
    public static SeedText Create(string path, string content, bool startsWithBom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        return new SeedText(path, SeedFileNames.FileName(path), SeedFileNames.BaseName(path), content, Hex(Sha256(bytes)),
            KzDataset.Format.ArticleRecord.Fingerprint(bytes, 0, bytes.Length), StartsWithBom: startsWithBom);
    }

    /// <summary>The SHA-256 of the file the text came from if that file starts with a byte-order mark.</summary>
    public static string Sha256WithBom(SeedText text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Content);
        var withBom = new byte[Bom.Length + bytes.Length];
        Bom.CopyTo(withBom, 0);
        bytes.CopyTo(withBom, Bom.Length);
        return Hex(Sha256(withBom));
    }

    private static byte[] Sha256(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return sha.ComputeHash(bytes);
    }

    private static string Hex(byte[] hash)
    {
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash) hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return hex.ToString();
    }
}
