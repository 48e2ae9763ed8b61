using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The generator at the sizes its checks must stay linear and bounded in: a 50 MB text, 100,000
/// annotations, an anchor occurring 100,000 times; and it stops when the build is cancelled.
/// Linearity itself is measured by the bench (--bounded), not timed here.
/// </summary>
public sealed class BoundedInputTests
{
    private static readonly TestAnalyzerOptions Options = TestAnalyzerOptions.WithItemMembers(false);

    private static List<InMemoryAdditionalText> Texts(IReadOnlyList<(string Path, string Content)> files)
        => files.Select(f => new InMemoryAdditionalText(SeedSet.Folder + f.Path, f.Content)).ToList();

    // The first run is measured; the harness's second run (everything cached) is checked after.
    private static (GeneratorRunResult Result, long Allocated) Run(IReadOnlyList<(string Path, string Content)> files)
    {
        var texts = Texts(files);
        var compilation = CSharpCompilation.Create("bounded");
        var driver = GeneratorHarness.CreateDriver(texts, Options);
        var before = GC.GetAllocatedBytesForCurrentThread();
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GeneratorHarness.AssertRerunCached(driver, texts, Options, compilation, TestContext.Current.CancellationToken);
        return (driver.GetRunResult().Results.Single(), allocated);
    }

    [Fact]
    public void A_50_MB_text_is_checked_with_one_capped_report()
    {
        var files = LargeInputs.HugeText(50);
        var (result, allocated) = Run(files);

        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        // Every paragraph has a number nobody annotated: the first 100 are reported, then one summary.
        Assert.Equal(100, result.Diagnostics.Count(d => d.Id == "KZ0300"));
        Assert.Contains("only the first 100 are reported", Assert.Single(result.Diagnostics, d => d.Id == "KZ0302").GetMessage());
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("LargeArticle", StringComparison.Ordinal));
        // Memory grows with the text, not faster: measured about 40 bytes allocated per character.
        var characters = files[0].Content.Length;
        Assert.True(allocated < 80L * characters, $"{allocated / 1_000_000} MB allocated for {characters / 1_000_000} M characters");
    }

    [Fact]
    public void A_hundred_thousand_annotations_resolve()
    {
        var (result, _) = Run(LargeInputs.ManyAnnotations(100_000));

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Fact]
    public void An_anchor_occurring_a_hundred_thousand_times_resolves_to_the_one_asked_for()
    {
        var (result, _) = Run(LargeInputs.ManyOccurrences(100_000));

        Assert.Null(result.Exception);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_wrong_occurrence_among_a_hundred_thousand_is_one_error()
    {
        var files = LargeInputs.ManyOccurrences(100_000).ToList();
        files[1] = (files[1].Path, files[1].Content.Replace("\"occurrence\": 100001", "\"occurrence\": 100002", StringComparison.Ordinal));

        var (result, _) = Run(files);

        Assert.Contains("Occurrence 100002 of \"peace\" was asked for, but it occurs 100001 time(s)", Assert.Single(result.Diagnostics, d => d.Id == "KZ0102").GetMessage());
    }

    [Fact]
    public void A_cancelled_build_stops_the_generator()
    {
        var driver = GeneratorHarness.CreateDriver(Texts(LargeInputs.HugeText(50)), Options);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(CSharpCompilation.Create("bounded"), cancellation.Token));
        // Not a timing assertion: the message says how long it took, for the record.
        TestContext.Current.SendDiagnosticMessage($"cancelled after {clock.ElapsedMilliseconds} ms");
    }
}
