using System;
using System.IO;
using KzDataset.Format;

namespace KzDataset;

/// <summary>
/// Reads one article in two steps. <see cref="Load"/>: its record (compiled in), decoded and checked
/// (<see cref="RecordCheck"/>), which is all that filtering by outlet, date or format needs.
/// <see cref="ReadContent"/>, on first use of its text or sidecar: both embedded files, each checked
/// against the record's fingerprints of the bytes the build checked (and the text's length), so an
/// assembly whose resources were swapped fails loudly. Every failure is an
/// <see cref="InvalidDataException"/> naming the article.
/// </summary>
internal static class ArticleLoader
{
    public static Article Load(ManifestEntry entry, CorpusManifest manifest, SeedResources resources, RegistryLists registry, LoadCounters counters)
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
        RecordCheck.Check(entry.Id, record, registry);
        counters.RecordRead();
        return new Article(entry, record, registry, article => ReadContent(article, entry, record, resources, registry, counters));
    }

    private static ArticleContent ReadContent(Article article, ManifestEntry entry, ArticleRecord record, SeedResources resources, RegistryLists registry, LoadCounters counters)
    {
        var sidecarName = entry.BaseName + ".json";
        var sidecarBytes = SeedDecoder.WithoutBom(resources.Read(SeedResources.SeedPrefix + sidecarName));
        if (ArticleRecord.Fingerprint(sidecarBytes.Span) != record.SidecarFingerprint)
        {
            throw new InvalidDataException($"The embedded sidecar '{sidecarName}' is not the one the build checked for article '{entry.Id}'.");
        }

        using var sidecar = new Sidecar(sidecarName, entry.Id, sidecarBytes);
        var textName = entry.BaseName + ".txt";
        // Offsets index the text without a byte-order mark, as the compiler hands it to the generator.
        var textBytes = SeedDecoder.WithoutBom(resources.Read(SeedResources.SeedPrefix + textName)).Span;
        if (ArticleRecord.Fingerprint(textBytes) != record.TextFingerprint)
        {
            throw new InvalidDataException($"The embedded text '{textName}' is not the one the build checked for article '{entry.Id}'.");
        }
        var text = SeedDecoder.Decode(textName, entry.Id, textBytes);
        // The record's spans were checked against its text length: the text must have it.
        if (text.Length != record.TextLength)
        {
            throw new InvalidDataException($"The embedded text '{textName}' of article '{entry.Id}' has {text.Length} characters; its compiled record says {record.TextLength}.");
        }
        if (sidecar.String("id") != entry.Id)
        {
            throw new InvalidDataException($"The embedded sidecar '{sidecarName}' does not have the id of article '{entry.Id}': it is not the file the build checked.");
        }
        // The build checked that "sha256" is the SHA-256 of the text file; the fingerprints above tie the bytes read here to that check.
        var content = new ArticleContent(article, record, sidecar, text, registry);
        counters.ContentRead();
        return content;
    }
}
