using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace KzDataset;

/// <summary>Decodes an embedded seed file: strict UTF-8 (an invalid byte is an error, never U+FFFD), and the SHA-256 of its bytes.</summary>
internal static class SeedDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(string name, byte[] bytes, int start = 0)
    {
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidDataException($"The embedded seed file '{name}' is not valid UTF-8 (byte {ex.Index}).", ex);
        }
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}
