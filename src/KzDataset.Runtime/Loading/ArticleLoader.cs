using System;
using System.IO;
using KzDataset.Format;

namespace KzDataset;

/// <summary>
/// Reads one article: its record (compiled in), its text and its sidecar (embedded), each checked
/// against the record's fingerprints of the bytes the build checked (and the text's length), so an
/// assembly whose resources were swapped fails loudly.
/// </summary>
internal static class ArticleLoader
{
    public static Article Load(ManifestEntry entry, CorpusManifest manifest, SeedResources resources, RegistryLists registry)
    {
        ArticleRecord record;
        try
        {
            record = ArticleRecord.Read(manifest.Records(entry.Bucket), entry.Offset);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            throw new InvalidDataException($"The compiled record of article '{entry.Id}' is damaged: {ex.Message}", ex);
        }

        var sidecarName = entry.BaseName + ".json";
        var sidecarBytes = SeedDecoder.WithoutBom(resources.Read(SeedResources.SeedPrefix + sidecarName));
        if (ArticleRecord.Fingerprint(sidecarBytes.Span) != record.SidecarFingerprint)
        {
            throw new InvalidDataException($"The embedded sidecar '{sidecarName}' is not the one the build checked for article '{entry.Id}'.");
        }

        using var sidecar = new Sidecar(sidecarName, sidecarBytes);
        var textName = entry.BaseName + ".txt";
        // Offsets index the text without a byte-order mark, as the compiler hands it to the generator.
        var textBytes = SeedDecoder.WithoutBom(resources.Read(SeedResources.SeedPrefix + textName)).Span;
        var text = SeedDecoder.Decode(textName, textBytes);
        if (ArticleRecord.Fingerprint(textBytes) != record.TextFingerprint || text.Length != record.TextLength || sidecar.String("id") != entry.Id)
        {
            throw new InvalidDataException($"The embedded text '{textName}' is not the one the build checked for article '{entry.Id}'.");
        }
        // The build checked that this is the SHA-256 of the text file; the fingerprint above ties the bytes read here to that check.
        var sha256 = sidecar.String("sha256")!;
        return new Article(entry, record, sidecar, text, sha256, registry);
    }
}
