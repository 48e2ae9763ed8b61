using System;
using System.Collections.Immutable;
using System.Threading;
using KzDataset.Generator.Common;
using KzDataset.Generator.Diagnostics;
using KzDataset.Generator.Emit;
using KzDataset.Generator.Model;
using KzDataset.Generator.Parsing;
using KzDataset.Generator.Roslyn;
using KzDataset.Generator.Text;
using KzDataset.Generator.Validation;
using Microsoft.CodeAnalysis;

namespace KzDataset.Generator;

/// <summary>
/// Reads the annotated seed files (AdditionalFiles) and emits the typed corpus:
/// parse (per file) → resolve anchors against the text (per article) → link ids to the registries
/// (per article) → corpus-wide checks → emit a bounded number of files. Every problem is a KZ
/// diagnostic located in a seed file; nothing is thrown.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class KzGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider;

        var texts = files
            .Where(static f => SeedFileNames.IsText(f.Path))
            .Select(static (f, ct) => ReadText(f, ct))
            .Where(static t => t is not null)
            .Select(static (t, _) => t!)
            .WithTrackingName(TrackingNames.Texts);
        var allTexts = texts.Collect().Select(static (t, _) => new SeedTextIndex(t.ToEquatableArray()));
        var textFiles = files
            .Where(static f => SeedFileNames.IsText(f.Path))
            .Select(static (f, _) => new SeedFile(f.Path, SeedFileNames.FileName(f.Path), SeedFileNames.BaseName(f.Path)))
            .WithTrackingName(TrackingNames.TextFiles)
            .Collect();

        var sidecars = files
            .Where(static f => SeedFileNames.IsSidecar(f.Path))
            .Select(static (f, ct) => ParseSidecar(f, ct))
            .WithTrackingName(TrackingNames.Sidecars);

        var registry = files
            .Where(static f => SeedFileNames.IsRegistry(f.Path))
            .Select(static (f, ct) => ParseRegistry(f, ct))
            .WithTrackingName(TrackingNames.RegistryFiles)
            .Collect()
            .Select(static (r, _) => StepGuard.Run("registry", () => RegistryBuilder.Build(r), EmptyRegistry))
            .WithTrackingName(TrackingNames.Registry);

        // Pairing re-runs for every sidecar when any text changes, but yields an equal value for the
        // others, so only the edited article is resolved again.
        var linked = sidecars
            .Combine(allTexts)
            .Select(static (pair, _) => new SidecarWithText(pair.Left, pair.Right.Find(pair.Left.BaseName)))
            .WithTrackingName(TrackingNames.Pair)
            .Select(static (pair, ct) => StepGuard.Run(pair.Sidecar.Path, () => ArticleResolver.Resolve(pair.Sidecar, pair.Text, checkCompleteness: true, ct),
                d => new ResolvedArticle(pair.Sidecar.Path, pair.Sidecar.BaseName, null, SourceLocation.FileStart(pair.Sidecar.Path), null,
                    pair.Text, EquatableArray<ParagraphModel>.Empty, EquatableArray<ReferenceUse>.Empty, new EquatableArray<DiagnosticInfo>(new[] { d }))))
            .WithTrackingName(TrackingNames.Resolve)
            .Combine(registry)
            .Select(static (pair, _) => StepGuard.Run(pair.Left.SidecarPath, () => ArticleLinker.Link(pair.Left, pair.Right),
                d => new LinkedArticle(pair.Left.SidecarPath, pair.Left.BaseName, null, pair.Left.IdLocation, null,
                    EquatableArray<string>.Empty, new EquatableArray<DiagnosticInfo>(new[] { d }))))
            .WithTrackingName(TrackingNames.Link);

        var corpus = linked
            .Collect()
            .Combine(registry)
            .Combine(textFiles)
            .Select(static (input, _) => StepGuard.Run("corpus", () => CorpusBuilder.Build(input.Left.Left, input.Left.Right, input.Right),
                d => new CorpusModel(EquatableArray<ArticleEntry>.Empty, EmptySpec, new EquatableArray<DiagnosticInfo>(new[] { d }))))
            .WithTrackingName(TrackingNames.Corpus);

        // Diagnostics travel apart from the emission models, which hold no locations.
        var diagnostics = corpus.Select(static (c, _) => c.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (o, _) => GeneratorOptions.Read(o.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);
        var buckets = corpus
            .Combine(options)
            .SelectMany(static (input, _) => CorpusBuilder.Buckets(input.Left, input.Right.ItemMembers))
            .WithTrackingName(TrackingNames.Buckets);
        var registrySpec = corpus.Select(static (c, _) => c.Registry).WithTrackingName(TrackingNames.RegistrySpec);

        context.RegisterSourceOutput(diagnostics, static (spc, list) =>
        {
            foreach (var diagnostic in list) spc.ReportDiagnostic(diagnostic.ToDiagnostic());
        });
        context.RegisterPostInitializationOutput(static spc => spc.AddSource(CatalogEmitter.HintName, CatalogEmitter.Emit()));
        context.RegisterSourceOutput(registrySpec, static (spc, model) => spc.AddSource(RegistryEmitter.HintName, RegistryEmitter.Emit(model)));
        context.RegisterSourceOutput(buckets, static (spc, model) => spc.AddSource(ArticleEmitter.HintName(model.Index), ArticleEmitter.Emit(model)));
    }

    private static readonly RegistrySpec EmptySpec = new(EquatableArray<RegistryEntry>.Empty, EquatableArray<RegistryEntry>.Empty,
        EquatableArray<RegistryEntry>.Empty, EquatableArray<RegistryEntry>.Empty);

    private static SeedText? ReadText(AdditionalText file, CancellationToken cancellationToken)
    {
        var content = file.GetText(cancellationToken)?.ToString();
        return content is null ? null : StepGuard.Run<SeedText?>(file.Path, () => SeedTextReader.Create(file.Path, content), _ => null);
    }

    private static ParsedSidecar ParseSidecar(AdditionalText file, CancellationToken cancellationToken)
    {
        var baseName = SeedFileNames.BaseName(file.Path);
        var content = file.GetText(cancellationToken)?.ToString();
        if (content is null)
        {
            return new ParsedSidecar(file.Path, baseName, null, new EquatableArray<DiagnosticInfo>(new[]
            {
                DiagnosticInfo.Create(KzDiagnostics.InvalidJson, SourceLocation.FileStart(file.Path), "the file could not be read"),
            }));
        }
        return StepGuard.Run(file.Path, () => SidecarParser.Parse(file.Path, content),
            d => new ParsedSidecar(file.Path, baseName, null, new EquatableArray<DiagnosticInfo>(new[] { d })));
    }

    private static ParsedRegistryFile ParseRegistry(AdditionalText file, CancellationToken cancellationToken)
    {
        var content = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return StepGuard.Run(file.Path, () => RegistryParser.Parse(file.Path, content),
            d => new ParsedRegistryFile(file.Path, SeedFileNames.FileName(file.Path), EquatableArray<RawPerson>.Empty,
                EquatableArray<RawOutletEntry>.Empty, EquatableArray<RawMeasure>.Empty, EquatableArray<RawUnit>.Empty,
                new EquatableArray<DiagnosticInfo>(new[] { d })));
    }

    private static RegistryModel EmptyRegistry(DiagnosticInfo diagnostic)
        => new(EquatableArray<PersonModel>.Empty, EquatableArray<OutletModel>.Empty, EquatableArray<MeasureModel>.Empty,
            EquatableArray<UnitModel>.Empty, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
}
