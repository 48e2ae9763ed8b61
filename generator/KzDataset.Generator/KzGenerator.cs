using System.Collections.Immutable;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Core.Parsing;
using KzDataset.Core.Records;
using KzDataset.Core.Steps;
using KzDataset.Generator.Emit;
using KzDataset.Generator.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KzDataset.Generator;

/// <summary>
/// Reads the annotated seed files (AdditionalFiles marked as seeds) and emits the typed corpus:
/// parse (per file) → resolve anchors against the text (per article) → link ids to the registries
/// (per article) → corpus-wide checks → emit a bounded number of files. Every problem is a KZ
/// diagnostic located in a seed file; nothing is thrown.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class KzGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Seeds are the AdditionalFiles the package's build files mark with KzSeed metadata; any
        // other AdditionalFile (a BannedSymbols.txt, a stylecop.json) is left alone. The compiler
        // server hands the driver new AdditionalText objects on every build, so the first step
        // reduces each file to a value equal for equal bytes (path, kind, checksum): an unchanged
        // file stops there; the second reads the content of the files that changed.
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => SeedSource.Read(pair.Left, SeedKinds.Parse(
                pair.Right.GetOptions(pair.Left).TryGetValue("build_metadata.AdditionalFiles." + SeedKinds.MetadataName, out var kind) ? kind : null), ct))
            .WithTrackingName(TrackingNames.SeedFiles)
            .Where(static s => s.Kind != SeedKind.None)
            .Select(static (s, _) => SeedFileText.ReadSeed(s))
            .WithTrackingName(TrackingNames.SeedContents);

        var texts = files
            .Where(static f => f.Kind == SeedKind.Text)
            .Select(static (f, _) => SeedSteps.ReadText(f.Path, f.Content, f.NotUtf8, f.StartsWithBom))
            .Where(static t => t is not null)
            .Select(static (t, _) => t!)
            .WithTrackingName(TrackingNames.Texts);
        var allTexts = texts.Collect().Select(static (t, _) => new SeedTextIndex(t.ToEquatableArray()));
        var textFiles = files
            .Where(static f => f.Kind == SeedKind.Text)
            .Select(static (f, _) => new SeedFileName(f.Path, SeedFileNames.FileName(f.Path), SeedFileNames.BaseName(f.Path)))
            .WithTrackingName(TrackingNames.TextFiles)
            .Collect();

        var sidecars = files
            .Where(static f => f.Kind == SeedKind.Sidecar)
            .Select(static (f, _) => SeedSteps.ParseSidecar(f.Path, f.Content, f.NotUtf8))
            .WithTrackingName(TrackingNames.Sidecars);

        var registry = files
            .Where(static f => f.Kind == SeedKind.Registry)
            .Select(static (f, _) => SeedSteps.ParseRegistry(f.Path, f.Content, f.NotUtf8))
            .WithTrackingName(TrackingNames.RegistryFiles)
            .Collect()
            .Select(static (r, _) => SeedSteps.BuildRegistry(r))
            .WithTrackingName(TrackingNames.Registry);

        // Pairing re-runs for every sidecar when any text changes, but yields an equal value for the
        // others, so only the edited article is resolved again.
        var linked = sidecars
            .Combine(allTexts)
            .Select(static (pair, _) => SeedSteps.Pair(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Pair)
            .Select(static (pair, ct) => SeedSteps.Resolve(pair, ct))
            .WithTrackingName(TrackingNames.Resolve)
            .Combine(registry)
            .Select(static (pair, _) => SeedSteps.Link(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Link);

        // Each article's record is built in its own step, so an edit re-encodes one record; the
        // corpus step only checks the corpus as a whole and gathers records already built.
        var recorded = linked
            .Combine(registry)
            .Select(static (pair, _) => SeedSteps.Record(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Record);

        var corpus = recorded
            .Collect()
            .Combine(registry)
            .Combine(textFiles)
            .Select(static (input, _) => SeedSteps.BuildCorpus(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Corpus);

        // Diagnostics travel apart from the emission models, which hold no locations.
        var diagnostics = corpus.Select(static (c, _) => c.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);

        // A project with no seeds (one that merely inherits the package) gets nothing generated.
        var hasSeeds = files.Collect().Select(static (f, _) => f.Length > 0);
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (o, _) => GeneratorOptions.Read(o.Left.GlobalOptions, o.Right as CSharpParseOptions))
            .Combine(hasSeeds)
            .Select(static (o, _) => new ProjectSettings(o.Left, o.Right))
            .WithTrackingName(TrackingNames.Options);
        var emitOptions = options.Select(static (o, _) => o.EmitOptions).WithTrackingName(TrackingNames.EmitOptions);

        var buckets = corpus
            .Combine(emitOptions)
            .SelectMany(static (input, _) => input.Right is null
                ? ImmutableArray<(BucketModel, EmitOptions)>.Empty
                : BucketLayout.Buckets(input.Left, input.Right.ItemMembers).Select(b => (b, input.Right)).ToImmutableArray())
            .WithTrackingName(TrackingNames.Buckets);
        var registrySpec = corpus.Select(static (c, _) => c.Registry).WithTrackingName(TrackingNames.RegistrySpec);

        context.RegisterSourceOutput(diagnostics.Combine(options), static (spc, input) =>
        {
            if (!input.Right.HasSeeds) return;
            foreach (var diagnostic in input.Right.Diagnostics) spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            foreach (var diagnostic in input.Left) spc.ReportDiagnostic(diagnostic.ToDiagnostic());
        });
        context.RegisterSourceOutput(emitOptions, static (spc, o) =>
        {
            if (o is not null) spc.AddSource(CorpusEmitter.HintName, CorpusEmitter.Emit(o));
        });
        context.RegisterSourceOutput(registrySpec.Combine(emitOptions), static (spc, input) =>
        {
            if (input.Right is not null) spc.AddSource(RegistryEmitter.HintName, RegistryEmitter.Emit(input.Left, input.Right));
        });
        context.RegisterSourceOutput(buckets, static (spc, input) => spc.AddSource(ArticleEmitter.HintName(input.Item1.Index), ArticleEmitter.Emit(input.Item1, input.Item2)));
    }
}
