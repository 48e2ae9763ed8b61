using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace KzDataset;

/// <summary>
/// Loads a seed text from the assembly's embedded resources. Texts are not compiled in as string
/// literals (they would share one 16 MB heap and slow the compiler; see DESIGN.md, Emission).
/// </summary>
internal static class SeedTextStore
{
    /// <summary>Must match the LogicalName the project file gives the embedded seeds.</summary>
    public const string ResourcePrefix = "KzDataset.Seeds.";

    public static string Load(string seedFile, int expectedLength, string expectedSha256)
    {
        var name = ResourcePrefix + seedFile;
        using var stream = typeof(SeedTextStore).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"The seed text '{seedFile}' is not embedded in {typeof(SeedTextStore).Assembly.GetName().Name} (resource '{name}').");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var sha = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        if (sha != expectedSha256 || text.Length != expectedLength)
        {
            throw new InvalidDataException($"The embedded text '{seedFile}' is not the one the annotations were checked against (SHA-256 {sha}, expected {expectedSha256}).");
        }
        return text;
    }
}
