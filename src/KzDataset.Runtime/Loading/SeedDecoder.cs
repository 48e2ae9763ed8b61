using System;
using System.IO;
using System.Text;

namespace KzDataset;

/// <summary>Decodes an embedded seed file: strict UTF-8 (an invalid byte is an error, never U+FFFD).</summary>
internal static class SeedDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(string name, string articleId, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException($"The embedded seed file '{name}' of article '{articleId}' is not valid UTF-8 (byte {ex.Index}).", ex);
        }
    }

    /// <summary>The bytes after a UTF-8 byte-order mark, if there is one.</summary>
    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> bytes)
        => bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
}
