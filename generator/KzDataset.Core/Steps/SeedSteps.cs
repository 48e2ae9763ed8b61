using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Core.Model;
using KzDataset.Core.Parsing;
using KzDataset.Core.Records;
using KzDataset.Core.Text;
using KzDataset.Core.Validation;

namespace KzDataset.Core.Steps;

/// <summary>
/// The steps of the seed checks, each guarded so that an exception becomes KZ9999 on its file: the
/// generator's pipeline runs them incrementally, <see cref="SeedCheck"/> (the <c>kz check</c> tool)
/// runs them in sequence. One definition for both, so the tool reports what the build reports.
/// </summary>
public static class SeedSteps
{
    public static readonly RegistrySpec EmptySpec = new(EquatableArray<RegistryEntry>.Empty, EquatableArray<RegistryEntry>.Empty,
        EquatableArray<RegistryEntry>.Empty, EquatableArray<RegistryEntry>.Empty);

    /// <summary>A text's content as the compiler decoded it (no byte-order mark), or null when it cannot be read.</summary>
    /// <param name="path">The file.</param>
    /// <param name="content">Its decoded content.</param>
    /// <param name="encoding">When the file is not UTF-8: where it stops being UTF-8.</param>
    public static SeedText? ReadText(string path, string? content, NotUtf8? encoding = null, bool startsWithBom = false)
    {
        if (content is null) return null;
        if (encoding is not null)
        {
            return new SeedText(path, SeedFileNames.FileName(path), SeedFileNames.BaseName(path), content, string.Empty, 0, Unreadable(path, content, encoding));
        }
        return StepGuard.Run<SeedText?>(path, () => SeedTextReader.Create(path, content, startsWithBom), _ => null);
    }

    public static ParsedSidecar ParseSidecar(string path, string? content, NotUtf8? encoding = null)
    {
        var baseName = SeedFileNames.BaseName(path);
        if (content is not null && encoding is not null) return new ParsedSidecar(path, baseName, null, new EquatableArray<DiagnosticInfo>(new[] { Unreadable(path, content, encoding) }));
        if (content is null) return new ParsedSidecar(path, baseName, null, new EquatableArray<DiagnosticInfo>(new[] { CouldNotBeRead(path) }));
        return StepGuard.Run(path, () => SidecarParser.Parse(path, content),
            d => new ParsedSidecar(path, baseName, null, new EquatableArray<DiagnosticInfo>(new[] { d })));
    }

    public static ParsedRegistryFile ParseRegistry(string path, string? content, NotUtf8? encoding = null)
    {
        if (content is not null && encoding is not null) return EmptyRegistryFile(path, Unreadable(path, content, encoding));
        if (content is null) return EmptyRegistryFile(path, CouldNotBeRead(path));
        return StepGuard.Run(path, () => RegistryParser.Parse(path, content), d => EmptyRegistryFile(path, d));
    }

    private static ParsedRegistryFile EmptyRegistryFile(string path, DiagnosticInfo diagnostic)
        => new(path, SeedFileNames.FileName(path), EquatableArray<RawPerson>.Empty, EquatableArray<RawOutletEntry>.Empty,
            EquatableArray<RawMeasure>.Empty, EquatableArray<RawUnit>.Empty, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));

    private static DiagnosticInfo CouldNotBeRead(string path)
        => DiagnosticInfo.Create(KzDiagnostics.InvalidJson, SourceLocation.FileStart(path), "the file could not be read");

    /// <summary>KZ0014 at the character the first invalid byte was decoded to.</summary>
    private static DiagnosticInfo Unreadable(string path, string content, NotUtf8 encoding)
    {
        var at = System.Math.Min(encoding.CharIndex, content.Length);
        var location = new LineIndex(content).Locate(path, at, at < content.Length ? 1 : 0);
        return DiagnosticInfo.Create(KzDiagnostics.InvalidUtf8, location, SeedFileNames.FileName(path),
            encoding.ByteOffset.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static RegistryModel BuildRegistry(ImmutableArray<ParsedRegistryFile> files)
        => StepGuard.Run("registry", () => RegistryBuilder.Build(files), d => new RegistryModel(EquatableArray<PersonModel>.Empty,
            EquatableArray<OutletModel>.Empty, EquatableArray<MeasureModel>.Empty, EquatableArray<UnitModel>.Empty, new EquatableArray<DiagnosticInfo>(new[] { d })));

    /// <summary>A sidecar with the text of the same base name (null when there is none): the one pairing rule of the generator and kz check.</summary>
    public static SidecarWithText Pair(ParsedSidecar sidecar, SeedTextIndex texts) => new(sidecar, texts.Find(sidecar.BaseName));

    public static ResolvedArticle Resolve(SidecarWithText pair, CancellationToken cancellationToken)
        => StepGuard.Run(pair.Sidecar.Path, () => ArticleResolver.Resolve(pair.Sidecar, pair.Text, checkCompleteness: true, cancellationToken),
            d => new ResolvedArticle(pair.Sidecar.Path, pair.Sidecar.BaseName, null, SourceLocation.FileStart(pair.Sidecar.Path), null,
                pair.Text, EquatableArray<ParagraphModel>.Empty, EquatableArray<ReferenceUse>.Empty, new EquatableArray<DiagnosticInfo>(new[] { d })));

    public static LinkedArticle Link(ResolvedArticle article, RegistryModel registry)
        => StepGuard.Run(article.SidecarPath, () => ArticleLinker.Link(article, registry),
            d => new LinkedArticle(article.SidecarPath, article.BaseName, null, article.IdLocation, null,
                EquatableArray<string>.Empty, new EquatableArray<DiagnosticInfo>(new[] { d })));

    /// <summary>The corpus-wide checks and every article's record (what <c>kz check</c> runs).</summary>
    public static CorpusModel BuildCorpus(ImmutableArray<LinkedArticle> articles, RegistryModel registry, ImmutableArray<SeedFileName> texts)
        => StepGuard.Run("corpus", () => EntryBuilder.Build(CorpusBuilder.Check(articles, registry, texts), registry), FailedCorpus);

    /// <summary>
    /// One article's record and catalog entry, built in its own step so that an edit re-encodes one
    /// record; a record that cannot be built becomes KZ9999 on its sidecar and the article is left out.
    /// </summary>
    public static RecordedArticle Record(LinkedArticle linked, RegistryModel registry)
    {
        if (linked.Article is not { } article) return new RecordedArticle(linked, null);
        return StepGuard.Run(linked.SidecarPath,
            () => new RecordedArticle(linked, EntryBuilder.Entry(article, linked.BaseName, registry)),
            d => new RecordedArticle(linked with { Article = null, Diagnostics = linked.Diagnostics.Concat(new[] { d }).ToEquatableArray() }, null));
    }

    /// <summary>The corpus-wide checks over articles whose records <see cref="Record"/> has built; the records are taken as built.</summary>
    public static CorpusModel BuildCorpus(ImmutableArray<RecordedArticle> articles, RegistryModel registry, ImmutableArray<SeedFileName> texts)
        => StepGuard.Run("corpus", () =>
        {
            var checkedCorpus = CorpusBuilder.Check(articles.Select(a => a.Linked).ToImmutableArray(), registry, texts);
            return EntryBuilder.Build(checkedCorpus, registry, RecordedArticle.EntriesByArticle(articles));
        }, FailedCorpus);

    private static CorpusModel FailedCorpus(DiagnosticInfo d)
        => new(EquatableArray<ArticleEntry>.Empty, EmptySpec, new EquatableArray<DiagnosticInfo>(new[] { d }));
}
