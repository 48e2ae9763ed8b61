using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using KzDataset.Generator.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KzDataset.Generator.Roslyn;

/// <summary>
/// A seed file's content as the compiler decoded it, and whether the file was UTF-8. The compiler
/// decodes an invalid byte sequence to U+FFFD without telling; but its text keeps the checksum of
/// the file's bytes, so a U+FFFD that is not the file's own (bytes EF BF BD) shows as a checksum
/// the decoded content does not have. The first invalid byte is then where the first U+FFFD's
/// bytes would be.
/// </summary>
internal static class SeedFileText
{
    private const char Replacement = '\uFFFD';

    public static (string? Content, NotUtf8? NotUtf8) Read(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null) return (null, null);
        var content = text.ToString();
        var first = content.IndexOf(Replacement);
        if (first < 0 || IsTheFilesOwn(text, content)) return (content, null);
        var preamble = text.Encoding?.GetPreamble().Length ?? 0;
        return (content, new NotUtf8(preamble + Encoding.UTF8.GetByteCount(content.Substring(0, first)), first));
    }

    // True when the decoded content, encoded back (with or without a byte-order mark), is the file the checksum was taken of.
    private static bool IsTheFilesOwn(SourceText text, string content)
    {
        var checksum = text.GetChecksum();
        if (checksum.IsDefaultOrEmpty) return true;
        using HashAlgorithm? hash = text.ChecksumAlgorithm switch
        {
            SourceHashAlgorithm.Sha1 => SHA1.Create(),
            SourceHashAlgorithm.Sha256 => SHA256.Create(),
            _ => null,
        };
        if (hash is null) return true;
        var bytes = Encoding.UTF8.GetBytes(content);
        if (hash.ComputeHash(bytes).SequenceEqual(checksum)) return true;
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();
        return hash.ComputeHash(withBom).SequenceEqual(checksum);
    }
}
