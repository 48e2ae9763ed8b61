using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using KzDataset.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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

    public static GeneratorDriver CreateDriver(SeedSet seeds, bool trackSteps = true, bool itemMembers = true)
        => CSharpGeneratorDriver.Create(
            new[] { new KzGenerator().AsSourceGenerator() },
            seeds.ToAdditionalTexts(),
            ParseOptions,
            TestAnalyzerOptions.WithItemMembers(itemMembers),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorOutcome Run(SeedSet seeds, bool itemMembers = true)
        => Run(seeds, TestAnalyzerOptions.WithItemMembers(itemMembers), ParseOptions);

    /// <summary>A run with the project's settings given: its properties, item metadata and C# version.</summary>
    public static GeneratorOutcome Run(SeedSet seeds, TestAnalyzerOptions options, CSharpParseOptions parseOptions)
    {
        var compilation = RuntimeCompilation();
        var driver = CSharpGeneratorDriver.Create(new[] { new KzGenerator().AsSourceGenerator() }, seeds.ToAdditionalTexts(), parseOptions, options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        // Compiling the result is most of a run's cost; only the tests that look at its errors pay it.
        return new GeneratorOutcome(
            result,
            driverDiagnostics,
            new System.Lazy<ImmutableArray<Diagnostic>>(() => output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray()));
    }

    /// <summary>A run with one file's bytes replaced, read as the compiler reads an AdditionalFile from disk.</summary>
    public static GeneratorOutcome RunWithBytes(SeedSet seeds, string file, byte[] bytes)
    {
        var texts = seeds.ToAdditionalTexts().Cast<AdditionalText>()
            .Select(t => t.Path == SeedSet.PathOf(file) ? new BytesAdditionalText(t.Path, bytes) : t)
            .ToList();
        var driver = CSharpGeneratorDriver.Create(new[] { new KzGenerator().AsSourceGenerator() }, texts, ParseOptions, TestAnalyzerOptions.WithItemMembers())
            .RunGeneratorsAndUpdateCompilation(RuntimeCompilation(), out var output, out var diagnostics, Xunit.TestContext.Current.CancellationToken);
        return new GeneratorOutcome(driver.GetRunResult().Results.Single(), diagnostics,
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
