using System.Collections.Immutable;
using System.Threading;
using KzDataset.Generator.Common;
using KzDataset.Generator.Diagnostics;
using KzDataset.Generator.Model;
using KzDataset.Generator.Parsing;
using KzDataset.Generator.Text;
using KzDataset.Generator.Validation;

namespace KzDataset.Generator.Checks;

/// <summary>
/// The steps of the seed checks, each guarded so that an exception becomes KZ9999 on its file: the
/// generator's pipeline runs them incrementally, <see cref="SeedCheck"/> (the <c>kz check</c> tool)
/// runs them in sequence. One definition for both, so the tool reports what the build reports.
/// </summary>
internal static class SeedSteps
{
    public static readonly RegistrySpec EmptySpec = new(EquatableArray<RegistryEntry>.Empty, EquatableArray<RegistryEntry>.Empty,
        EquatableArray<RegistryEntry>.Empty, EquatableArray<RegistryEntry>.Empty);

    /// <summary>A text's content as the compiler decoded it (no byte-order mark), or null when it cannot be read.</summary>
    public static SeedText? ReadText(string path, string? content)
        => content is null ? null : StepGuard.Run<SeedText?>(path, () => SeedTextReader.Create(path, content), _ => null);

    public static ParsedSidecar ParseSidecar(string path, string? content)
    {
        var baseName = SeedFileNames.BaseName(path);
        if (content is null)
        {
            return new ParsedSidecar(path, baseName, null, new EquatableArray<DiagnosticInfo>(new[]
            {
                DiagnosticInfo.Create(KzDiagnostics.InvalidJson, SourceLocation.FileStart(path), "the file could not be read"),
            }));
        }
        return StepGuard.Run(path, () => SidecarParser.Parse(path, content),
            d => new ParsedSidecar(path, baseName, null, new EquatableArray<DiagnosticInfo>(new[] { d })));
    }

    public static ParsedRegistryFile ParseRegistry(string path, string? content)
        => StepGuard.Run(path, () => RegistryParser.Parse(path, content ?? string.Empty),
            d => new ParsedRegistryFile(path, SeedFileNames.FileName(path), EquatableArray<RawPerson>.Empty,
                EquatableArray<RawOutletEntry>.Empty, EquatableArray<RawMeasure>.Empty, EquatableArray<RawUnit>.Empty,
                new EquatableArray<DiagnosticInfo>(new[] { d })));

    public static RegistryModel BuildRegistry(ImmutableArray<ParsedRegistryFile> files)
        => StepGuard.Run("registry", () => RegistryBuilder.Build(files), d => new RegistryModel(EquatableArray<PersonModel>.Empty,
            EquatableArray<OutletModel>.Empty, EquatableArray<MeasureModel>.Empty, EquatableArray<UnitModel>.Empty, new EquatableArray<DiagnosticInfo>(new[] { d })));

    public static ResolvedArticle Resolve(SidecarWithText pair, CancellationToken cancellationToken)
        => StepGuard.Run(pair.Sidecar.Path, () => ArticleResolver.Resolve(pair.Sidecar, pair.Text, checkCompleteness: true, cancellationToken),
            d => new ResolvedArticle(pair.Sidecar.Path, pair.Sidecar.BaseName, null, SourceLocation.FileStart(pair.Sidecar.Path), null,
                pair.Text, EquatableArray<ParagraphModel>.Empty, EquatableArray<ReferenceUse>.Empty, new EquatableArray<DiagnosticInfo>(new[] { d })));

    public static LinkedArticle Link(ResolvedArticle article, RegistryModel registry)
        => StepGuard.Run(article.SidecarPath, () => ArticleLinker.Link(article, registry),
            d => new LinkedArticle(article.SidecarPath, article.BaseName, null, article.IdLocation, null,
                EquatableArray<string>.Empty, new EquatableArray<DiagnosticInfo>(new[] { d })));

    public static CorpusModel BuildCorpus(ImmutableArray<LinkedArticle> articles, RegistryModel registry, ImmutableArray<SeedFile> texts)
        => StepGuard.Run("corpus", () => CorpusBuilder.Build(articles, registry, texts),
            d => new CorpusModel(EquatableArray<ArticleEntry>.Empty, EmptySpec, new EquatableArray<DiagnosticInfo>(new[] { d })));
}
