using System;
using System.Collections.Generic;
using System.IO;
using KzDataset.Shared;

namespace KzDataset;

/// <summary>
/// Reads one article: its record (compiled in), its text and its sidecar (embedded), each checked
/// against the others — the text's SHA-256 against the sidecar's, the sidecar's fingerprint and the
/// text's length against the record — so an assembly whose resources were swapped fails loudly.
/// </summary>
internal static class ArticleLoader
{
    public static Article Load(ManifestEntry entry, IReadOnlyList<Person> people, IReadOnlyList<OutletInfo> outlets)
    {
        ArticleRecord record;
        try
        {
            record = ArticleRecord.Read(CorpusManifest.Records(entry.Bucket), entry.Offset);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            throw new InvalidDataException($"The compiled record of article '{entry.Id}' is damaged: {ex.Message}", ex);
        }

        var sidecarName = entry.BaseName + ".json";
        var sidecarBytes = SeedResources.Read(SeedResources.SeedPrefix + sidecarName);
        var bom = Bom(sidecarBytes);
        if (ArticleRecord.Fingerprint(sidecarBytes, bom, sidecarBytes.Length - bom) != record.SidecarFingerprint)
        {
            throw new InvalidDataException($"The embedded sidecar '{sidecarName}' is not the one the build checked for article '{entry.Id}'.");
        }

        using var sidecar = new Sidecar(sidecarName, sidecarBytes.AsMemory(bom));
        var textName = entry.BaseName + ".txt";
        var textBytes = SeedResources.Read(SeedResources.SeedPrefix + textName);
        var sha256 = SeedDecoder.Sha256(textBytes);
        // Offsets index the text without a byte-order mark, as the compiler hands it to the generator.
        var text = SeedDecoder.Decode(textName, textBytes, Bom(textBytes));
        if (sha256 != sidecar.String("sha256") || text.Length != record.TextLength || sidecar.String("id") != entry.Id)
        {
            throw new InvalidDataException($"The embedded text '{textName}' is not the one the build checked for article '{entry.Id}' (SHA-256 {sha256}).");
        }
        return new Article(entry, record, sidecar, text, sha256, people, outlets);
    }

    /// <summary>The length of a UTF-8 byte-order mark at the start, or 0.</summary>
    private static int Bom(byte[] bytes)
        => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
}
