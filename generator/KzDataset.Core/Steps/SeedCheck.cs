using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Core.Parsing;
using KzDataset.Core.Records;
using KzDataset.Core.Validation;

namespace KzDataset.Core.Steps;

/// <summary>
/// A seed file as the tool reads it: its path, what it is, its decoded content (null when it cannot
/// be read), where it stops being UTF-8 if it does (decoded as the compiler does, with U+FFFD), and
/// whether it starts with a byte-order mark (left out of the content, as the compiler does).
/// </summary>
public sealed record SeedCheckFile(string Path, SeedKind Kind, string? Content, Text.NotUtf8? NotUtf8 = null, bool StartsWithBom = false);

/// <summary>What checking a seeds folder gives: every diagnostic the build would report, and the corpus's compiled data.</summary>
public sealed record SeedCheckResult(IReadOnlyList<DiagnosticInfo> Diagnostics, CorpusModel Corpus)
{
    public bool HasErrors => Diagnostics.Any(d => d.Rule.Severity == KzDataset.Core.Diagnostics.KzSeverity.Error);

    /// <summary>The corpus header the generator would compile in (see <see cref="HeaderBuilder"/>).</summary>
    public byte[] Header() => HeaderBuilder.For(Corpus.Registry).Write();

    /// <summary>The sixteen buckets of data the generator would compile in (manifest and records), decoded.</summary>
    public byte[][] Buckets()
    {
        var buckets = new byte[BucketLayout.BucketCount][];
        for (var i = 0; i < buckets.Length; i++) buckets[i] = KzDataset.Format.BucketData.Write(new List<(string, string, byte[])>());
        foreach (var bucket in BucketLayout.Buckets(Corpus, itemMembers: false))
        {
            buckets[bucket.Index] = KzDataset.Format.BucketData.Write(bucket.Articles.Select(a => (a.Id, a.BaseName, a.Record.ToArray())).ToList());
        }
        return buckets;
    }
}

/// <summary>
/// The build's seed checks outside the compiler (the <c>kz check</c> tool): the same steps as the
/// generator's pipeline (<see cref="SeedSteps"/>), run once over every file, with no Roslyn type involved.
/// </summary>
public static class SeedCheck
{
    public static SeedCheckResult Run(IEnumerable<SeedCheckFile> files, CancellationToken cancellationToken = default)
    {
        var all = files.OrderBy(f => f.Path, System.StringComparer.Ordinal).ToList();
        var texts = all.Where(f => f.Kind == SeedKind.Text)
            .Select(f => SeedSteps.ReadText(f.Path, f.Content, f.NotUtf8, f.StartsWithBom))
            .Where(t => t is not null)
            .Select(t => t!)
            .ToEquatableArray();
        var index = new SeedTextIndex(texts);
        var textFiles = all.Where(f => f.Kind == SeedKind.Text)
            .Select(f => new SeedFileName(f.Path, SeedFileNames.FileName(f.Path), SeedFileNames.BaseName(f.Path)))
            .ToImmutableArray();
        var registry = SeedSteps.BuildRegistry(all.Where(f => f.Kind == SeedKind.Registry)
            .Select(f => SeedSteps.ParseRegistry(f.Path, f.Content, f.NotUtf8))
            .ToImmutableArray());
        var linked = all.Where(f => f.Kind == SeedKind.Sidecar)
            .Select(f => SeedSteps.ParseSidecar(f.Path, f.Content, f.NotUtf8))
            .Select(s => SeedSteps.Resolve(SeedSteps.Pair(s, index), cancellationToken))
            .Select(r => SeedSteps.Link(r, registry))
            .ToImmutableArray();
        var corpus = SeedSteps.BuildCorpus(linked, registry, textFiles);
        return new SeedCheckResult(corpus.Diagnostics.ToList(), corpus);
    }
}
