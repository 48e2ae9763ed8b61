using System.Linq;
using System.Security.Cryptography;
using System.Text;
using KzDataset.Core.Steps;
using KzDataset.Core.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KzDataset.Generator.Roslyn;

/// <summary>
/// A seed file's content as the compiler decoded it, whether the file was UTF-8, and whether it
/// starts with a byte-order mark. The compiler decodes an invalid byte sequence to U+FFFD without
/// telling, and strips a byte-order mark; but its text keeps the checksum of the file's bytes, so a
/// U+FFFD that is not the file's own (bytes EF BF BD) shows as a checksum the decoded content does
/// not have, and a mark as a checksum of the mark and the content. The first invalid byte is then
/// where the first U+FFFD's bytes would be.
/// </summary>
internal static class SeedFileText
{
    private const char Replacement = '\uFFFD';

    /// <summary>
    /// The generator's second step: a seed file's content as an equatable value (path, kind, content,
    /// whether it is UTF-8 and starts with a byte-order mark), for the parsing steps.
    /// </summary>
    public static SeedCheckFile ReadSeed(SeedSource file)
    {
        var (content, notUtf8, startsWithBom) = Read(file.Text);
        return new SeedCheckFile(file.Path, file.Kind, content, notUtf8, startsWithBom);
    }

    private static (string? Content, NotUtf8? NotUtf8, bool StartsWithBom) Read(SourceText? text)
    {
        if (text is null) return (null, null, false);
        var content = text.ToString();
        var bytes = Checksummed(text, content);
        var first = content.IndexOf(Replacement);
        if (first < 0 || bytes != FileBytes.Unknown) return (content, null, bytes == FileBytes.MarkAndContent);
        var preamble = text.Encoding?.GetPreamble().Length ?? 0;
        return (content, new NotUtf8(preamble + Encoding.UTF8.GetByteCount(content.Substring(0, first)), first), preamble > 0);
    }

    private enum FileBytes
    {
        Unknown,
        Content,
        MarkAndContent,
    }

    // Which bytes the checksum is of: the decoded content encoded back, with or without a
    // byte-order mark; without a checksum the decoder's encoding says whether there was a mark.
    private static FileBytes Checksummed(SourceText text, string content)
    {
        var checksum = text.GetChecksum();
        using HashAlgorithm? hash = checksum.IsDefaultOrEmpty ? null : text.ChecksumAlgorithm switch
        {
            SourceHashAlgorithm.Sha1 => SHA1.Create(),
            SourceHashAlgorithm.Sha256 => SHA256.Create(),
            _ => null,
        };
        if (hash is null) return (text.Encoding?.GetPreamble().Length ?? 0) > 0 ? FileBytes.MarkAndContent : FileBytes.Content;
        var bytes = Encoding.UTF8.GetBytes(content);
        if (hash.ComputeHash(bytes).SequenceEqual(checksum)) return FileBytes.Content;
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
        return hash.ComputeHash(withBom).SequenceEqual(checksum) ? FileBytes.MarkAndContent : FileBytes.Unknown;
    }
}
