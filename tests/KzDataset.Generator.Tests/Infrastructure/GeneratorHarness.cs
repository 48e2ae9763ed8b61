using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using KzDataset.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="KzGenerator"/> in memory (CSharpGeneratorDriver) over a <see cref="SeedSet"/>,
/// in a compilation that holds the runtime library's own sources, so the generated code is
/// compiled against exactly the records it is written for.
/// </summary>
internal static class GeneratorHarness
{
    // The symbols the SDK defines for the runtime's net8.0 target (shared sources test NET).
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, preprocessorSymbols: new[] { "NET", "NET8_0", "NET8_0_OR_GREATER" });

    private static readonly ImmutableArray<SyntaxTree> RuntimeSources = LoadRuntimeSources();

    public static CSharpCompilation RuntimeCompilation(params SyntaxTree[] extra)
        => CSharpCompilation.Create(
            "KzDataset",
            RuntimeSources.AddRange(extra),
            Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

    /// <summary>A driver that tracks its steps, not yet run (for the tests that run it themselves: edits, cancellation).</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, AnalyzerConfigOptionsProvider options, CSharpParseOptions? parseOptions = null)
        => CSharpGeneratorDriver.Create(
            new[] { new KzGenerator().AsSourceGenerator() },
            texts,
            parseOptions ?? ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorDriver CreateDriver(SeedSet seeds, bool itemMembers = true)
        => CreateDriver(seeds.ToAdditionalTexts(), TestAnalyzerOptions.WithItemMembers(itemMembers));

    /// <summary>
    /// Every generator run of the tests goes through here: it runs the generator on the compilation, then
    /// runs it again as the compiler server runs the next build (new but equal files and options, a clone
    /// of the compilation) and checks that nothing ran again (<see cref="CachingCheck"/>). Returns the
    /// first run's driver and the compilation with the generated sources.
    /// </summary>
    public static GeneratorDriver Drive(IReadOnlyList<InMemoryAdditionalText> texts, TestAnalyzerOptions options, CSharpParseOptions parseOptions,
        Compilation compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        var first = CreateDriver(texts, options, parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out output, out diagnostics, cancellationToken);
        AssertRerunCached(first, texts, options, compilation, cancellationToken);
        return first;
    }

    /// <summary>The second half of <see cref="Drive"/>, for a test that measures the first run on its own.</summary>
    public static void AssertRerunCached(GeneratorDriver first, IReadOnlyList<InMemoryAdditionalText> texts, TestAnalyzerOptions options, Compilation compilation,
        CancellationToken cancellationToken = default)
    {
        var second = first
            .ReplaceAdditionalTexts(texts.Select(t => (AdditionalText)t.Copy()).ToImmutableArray())
            .WithUpdatedAnalyzerConfigOptions(options.Copy())
            .RunGenerators(compilation.Clone(), cancellationToken);
        CachingCheck.AssertSecondRunCached(first.GetRunResult().Results.Single(), second.GetRunResult().Results.Single());
    }

    public static GeneratorOutcome Run(SeedSet seeds, bool itemMembers = true)
        => Run(seeds, TestAnalyzerOptions.WithItemMembers(itemMembers), ParseOptions);

    /// <summary>A run with the project's settings given: its properties, item metadata and C# version.</summary>
    public static GeneratorOutcome Run(SeedSet seeds, TestAnalyzerOptions options, CSharpParseOptions parseOptions)
        => Run(seeds.ToAdditionalTexts(), options, parseOptions);

    /// <summary>A run with one file's bytes replaced, read as the compiler reads an AdditionalFile from disk.</summary>
    public static GeneratorOutcome RunWithBytes(SeedSet seeds, string file, byte[] bytes)
        => Run(seeds.ToAdditionalTexts().Select(t => t.Path == SeedSet.PathOf(file) ? new InMemoryAdditionalText(t.Path, bytes) : t).ToList(),
            TestAnalyzerOptions.WithItemMembers(), ParseOptions);

    public static GeneratorOutcome Run(IReadOnlyList<InMemoryAdditionalText> texts, TestAnalyzerOptions options, CSharpParseOptions parseOptions)
    {
        var driver = Drive(texts, options, parseOptions, RuntimeCompilation(), out var output, out var driverDiagnostics, Xunit.TestContext.Current.CancellationToken);
        // Compiling the result is most of a run's cost; only the tests that look at its errors pay it.
        return new GeneratorOutcome(driver.GetRunResult().Results.Single(), driverDiagnostics,
            new System.Lazy<ImmutableArray<Diagnostic>>(() => output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray()));
    }

    private static ImmutableArray<SyntaxTree> LoadRuntimeSources()
    {
        // One compilation of both: the runtime's forwarders to the format library's types (its vocabulary
        // enums) would forward types to itself.
        var files = SourcesUnder(RepositoryPaths.Combine("src", "KzDataset.Runtime"), f => f != Path.Combine("Model", "Vocabularies.cs"))
            .Concat(SourcesUnder(RepositoryPaths.Combine("src", "KzDataset.Format"), _ => true))
            .OrderBy(f => f, System.StringComparer.Ordinal);
        return files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), ParseOptions, f)).ToImmutableArray();
    }

    private static IEnumerable<string> SourcesUnder(string folder, System.Func<string, bool> include)
        => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                        && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar)
                        && include(Path.GetRelativePath(folder, f)));
}

/// <summary>What a generator run produced: its sources and diagnostics, and the compile errors of the result.</summary>
internal sealed class GeneratorOutcome
{
    private readonly System.Lazy<ImmutableArray<Diagnostic>> _compileErrors;

    public GeneratorOutcome(GeneratorRunResult result, ImmutableArray<Diagnostic> driverDiagnostics, System.Lazy<ImmutableArray<Diagnostic>> compileErrors)
    {
        Result = result;
        DriverDiagnostics = driverDiagnostics;
        _compileErrors = compileErrors;
    }

    public GeneratorRunResult Result { get; }

    /// <summary>Everything the generator reported (KZ diagnostics, and CS8785 if it threw).</summary>
    public ImmutableArray<Diagnostic> DriverDiagnostics { get; }

    /// <summary>Errors of the runtime sources compiled together with the generated sources.</summary>
    public ImmutableArray<Diagnostic> CompileErrors => _compileErrors.Value;

    public IReadOnlyList<Diagnostic> Kz => DriverDiagnostics.Where(d => d.Id.StartsWith("KZ", System.StringComparison.Ordinal)).ToList();

    public IReadOnlyDictionary<string, string> Sources
        => Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>The single diagnostic with this id (the test fails if there is none or several).</summary>
    public Diagnostic Single(string id)
    {
        var matches = DriverDiagnostics.Where(d => d.Id == id).ToList();
        Xunit.Assert.True(matches.Count == 1,
            $"Expected one {id}, got {matches.Count}. All diagnostics:\n" + string.Join("\n", DriverDiagnostics.Select(d => d.ToString())));
        return matches[0];
    }

    public string Describe() => string.Join("\n", DriverDiagnostics.Concat(CompileErrors).Select(d => d.ToString()));
}
