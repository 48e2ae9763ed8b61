using System.Collections.Generic;
using System.Linq;
using KzDataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>What the project's settings do: which files are seeds, the catalogs' namespace, the C# version.</summary>
public sealed class ProjectSettingsTests
{
    private static TestAnalyzerOptions Properties(params (string Key, string Value)[] properties)
        => new(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

    [Fact]
    public void Catalogs_go_to_KzNamespace_over_the_root_namespace()
    {
        var outcome = GeneratorHarness.Run(Corpus, Properties(("RootNamespace", "My.App"), ("KzNamespace", "My.Corpus")), GeneratorHarness.ParseOptions);

        Assert.True(outcome.DriverDiagnostics.IsEmpty, outcome.Describe());
        Assert.All(outcome.Sources.Values, source => Assert.Contains("\nnamespace My.Corpus;\n", source));
        Assert.Contains("global::My.Corpus.KzCorpus.Instance.Article(\"tiny-article\")", string.Concat(outcome.Sources.Values));
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
    }

    [Fact]
    public void Catalogs_go_to_the_root_namespace_by_default()
    {
        var outcome = GeneratorHarness.Run(Corpus, Properties(("RootNamespace", "Field.Notes")), GeneratorHarness.ParseOptions);

        Assert.Contains("\nnamespace Field.Notes;\n", outcome.Sources["KzDataset.Corpus.g.cs"]);
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
    }

    [Fact]
    public void Without_a_namespace_setting_the_catalogs_go_to_a_namespace_no_runtime_type_shares_a_name_with()
    {
        var outcome = GeneratorHarness.Run(Corpus, Properties(), GeneratorHarness.ParseOptions);

        Assert.True(outcome.DriverDiagnostics.IsEmpty, outcome.Describe());
        Assert.Contains("\nnamespace KzDataset.Generated;\n", outcome.Sources["KzDataset.Corpus.g.cs"]);
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
        // Each part of the namespace, against the runtime's public types (Corpus, Article, Quote…).
        var runtime = System.Reflection.Assembly.LoadFrom(System.IO.Path.Combine(System.AppContext.BaseDirectory, "KzDataset.Runtime.dll"));
        var typeNames = runtime.GetExportedTypes().Select(t => t.Name).ToHashSet(System.StringComparer.Ordinal);
        Assert.DoesNotContain(KzDataset.Generator.Roslyn.GeneratorOptions.DefaultNamespace.Split('.'), typeNames.Contains);
    }

    [Fact]
    public void A_blank_KzNamespace_is_as_good_as_none()
    {
        var outcome = GeneratorHarness.Run(Corpus, Properties(("RootNamespace", "Field.Notes"), ("KzNamespace", "  ")), GeneratorHarness.ParseOptions);

        Assert.True(outcome.DriverDiagnostics.IsEmpty, outcome.Describe());
        Assert.Contains("\nnamespace Field.Notes;\n", outcome.Sources["KzDataset.Corpus.g.cs"]);
    }

    [Fact]
    public void Files_without_seed_metadata_are_not_read()
    {
        // A BannedSymbols.txt and a stylecop.json beside the seeds, as AdditionalFiles without KzSeed metadata.
        var seeds = Corpus.With("BannedSymbols.txt", "T:System.Console").With("stylecop.json", "{ \"settings\": {} }");
        var options = new TestAnalyzerOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "KzDataset" },
            path => path.EndsWith("BannedSymbols.txt", System.StringComparison.Ordinal) || path.EndsWith("stylecop.json", System.StringComparison.Ordinal)
                ? null
                : TestAnalyzerOptions.SeedKindByLayout(path));

        var outcome = GeneratorHarness.Run(seeds, options, GeneratorHarness.ParseOptions);

        Assert.True(outcome.DriverDiagnostics.IsEmpty, outcome.Describe());
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
    }

    [Fact]
    public void The_same_files_marked_as_seeds_are_checked()
    {
        // The control for the test above: with seed metadata, the stray text is a text without a sidecar.
        var seeds = Corpus.With("BannedSymbols.txt", "T:System.Console");

        var outcome = GeneratorHarness.Run(seeds);

        Assert.Contains("BannedSymbols", outcome.Single("KZ0011").GetMessage());
    }

    [Fact]
    public void A_project_without_seeds_gets_nothing_generated_and_no_diagnostic()
    {
        var outcome = GeneratorHarness.Run(new SeedSet(), Properties(("RootNamespace", "not a namespace")), GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp9));

        Assert.Empty(outcome.Sources);
        Assert.True(outcome.DriverDiagnostics.IsEmpty, outcome.Describe());
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp10, "10")]
    [InlineData(LanguageVersion.CSharp7_3, "7.3")]
    public void KZ0030_a_csharp_version_below_11_is_one_error_and_nothing_generated(LanguageVersion version, string written)
    {
        var outcome = GeneratorHarness.Run(Corpus, TestAnalyzerOptions.WithItemMembers(), GeneratorHarness.ParseOptions.WithLanguageVersion(version));

        var diagnostic = outcome.Single("KZ0030");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal($"The corpus needs C# 11 or later (UTF-8 string literals) but the project compiles C# {written}; set <LangVersion>11</LangVersion> or later, or remove it to use the SDK's default",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(outcome.Sources);
    }

    [Fact]
    public void Csharp_11_is_enough_and_needed()
    {
        var csharp11 = GeneratorHarness.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp11);
        var driver = GeneratorHarness.Drive(Corpus.ToAdditionalTexts(), TestAnalyzerOptions.WithItemMembers(), csharp11, CSharpCompilation.Create("corpus"),
            out _, out _, TestContext.Current.CancellationToken);
        var result = driver.GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
        foreach (var source in result.GeneratedSources)
        {
            Assert.Empty(CSharpSyntaxTree.ParseText(source.SourceText, csharp11, cancellationToken: TestContext.Current.CancellationToken).GetDiagnostics(TestContext.Current.CancellationToken));
        }
        // The control: C# 10 does not have the data literals, which is why KZ0030 stops the generator there.
        var bucket = result.GeneratedSources.First(s => s.HintName.StartsWith("KzDataset.Articles.", System.StringComparison.Ordinal));
        Assert.DoesNotContain(FeatureErrors(bucket.SourceText, LanguageVersion.CSharp11), d => d.Contains("UTF-8 string literals", System.StringComparison.Ordinal));
        Assert.Contains(FeatureErrors(bucket.SourceText, LanguageVersion.CSharp10), d => d.Contains("UTF-8 string literals", System.StringComparison.Ordinal));
    }

    private static List<string> FeatureErrors(Microsoft.CodeAnalysis.Text.SourceText source, LanguageVersion version)
    {
        var tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions.WithLanguageVersion(version), cancellationToken: TestContext.Current.CancellationToken);
        return CSharpCompilation.Create("bucket", new[] { tree }, Basic.Reference.Assemblies.Net80.References.All)
            .GetDiagnostics(TestContext.Current.CancellationToken).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    [Theory]
    [InlineData("My-Corpus", "'My-Corpus' is not a C# identifier")]
    [InlineData("My.class", "'class' is not a C# identifier")]
    [InlineData("My..Corpus", "'' is not a C# identifier")]
    public void KZ0031_an_invalid_namespace_is_one_error_and_nothing_generated(string ns, string problem)
    {
        var outcome = GeneratorHarness.Run(Corpus, Properties(("KzNamespace", ns)), GeneratorHarness.ParseOptions);

        var message = outcome.Single("KZ0031").GetMessage();
        Assert.Contains($"'{ns}'", message);
        Assert.Contains(problem, message);
        Assert.Empty(outcome.Sources);
    }
}
