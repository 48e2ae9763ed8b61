using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using KzDataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>
/// Incremental caching: a C# edit re-runs no step of the generator, and editing one sidecar
/// re-parses and re-resolves only that article and re-emits only the file it lives in.
/// </summary>
public sealed class IncrementalTests
{
    // Every step the generator declares, read by reflection.
    private static readonly IReadOnlyList<string> AllSteps = CachingCheck.StepNames;

    [Fact]
    public void A_csharp_edit_reruns_nothing()
    {
        var compilation = GeneratorHarness.RuntimeCompilation();
        var driver = GeneratorHarness.CreateDriver(Fixtures.Corpus).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class UserCode { }", GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));
        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var step in AllSteps)
        {
            var reasons = Reasons(result, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {r}"));
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_sidecar_note_edit_reparses_only_that_article_and_reemits_only_its_file()
    {
        var (texts, compilation, driver) = FirstRun();

        var old = texts.Single(t => t.Path == SeedSet.PathOf(InterviewSidecar));
        var edited = new InMemoryAdditionalText(old.Path, old.GetText(TestContext.Current.CancellationToken)!.ToString().Replace("Assumed for the test.", "Assumed, and edited."));
        var result = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, Sorted(Reasons(result, TrackingNames.Sidecars)));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, Sorted(Reasons(result, TrackingNames.Resolve)));
        Assert.All(Reasons(result, TrackingNames.Texts), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, TrackingNames.Registry), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        // A note is data, not code: it stays in the embedded sidecar; only the record's fingerprint of
        // the sidecar changes, so only that article's file is emitted again.
        var buckets = Reasons(result, TrackingNames.Buckets);
        Assert.Equal(2, buckets.Count);
        Assert.Single(buckets, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(buckets, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.True(Reasons(result, TrackingNames.RegistrySpec).Single() is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void A_quote_id_edit_reemits_only_its_articles_file()
    {
        var (texts, compilation, driver) = FirstRun();

        var old = texts.Single(t => t.Path == SeedSet.PathOf(NewsSidecar));
        var edited = new InMemoryAdditionalText(old.Path, old.GetText(TestContext.Current.CancellationToken)!.ToString().Replace("\"id\": \"peace-title\"", "\"id\": \"peace-headline\""));
        var result = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        var buckets = Reasons(result, TrackingNames.Buckets);
        Assert.Equal(2, buckets.Count);
        Assert.Single(buckets, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(buckets, r => r == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void A_text_edit_reresolves_only_its_article()
    {
        var (texts, compilation, driver) = FirstRun();

        var old = texts.Single(t => t.Path == SeedSet.PathOf(Path.ChangeExtension(InterviewSidecar, ".txt")));
        var edited = new InMemoryAdditionalText(old.Path, old.GetText(TestContext.Current.CancellationToken)!.ToString() + "\n");
        var result = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        // Every sidecar is paired again (the texts are one collected input), but only the edited
        // article's pair changes, so only it is resolved and linked again.
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged }, Sorted(Reasons(result, TrackingNames.Pair)));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, Sorted(Reasons(result, TrackingNames.Resolve)));
        Assert.All(Reasons(result, TrackingNames.Sidecars), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Emission_models_hold_no_diagnostics_or_locations()
    {
        var compilation = GeneratorHarness.RuntimeCompilation();
        var result = GeneratorHarness.CreateDriver(Fixtures.Corpus).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.Buckets, TrackingNames.RegistrySpec })
        {
            foreach (var (value, _) in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                AssertNoneOf<KzDataset.Core.Common.SourceLocation>(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
                AssertNoneOf<KzDataset.Core.Common.DiagnosticInfo>(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertNoneOf<T>(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is decimal || value is Enum) return;
        Assert.False(value is T, $"{path} holds a {typeof(T).Name}: emission inputs must not change when only a diagnostic moves");
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            foreach (var item in items) AssertNoneOf<T>(item, path + "[]", seen);
            return;
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoneOf<T>(field.GetValue(value), path + "." + field.Name, seen);
        }
    }

    [Fact]
    public void Every_declared_step_runs_on_the_fixture_corpus()
    {
        var result = GeneratorHarness.CreateDriver(Fixtures.Corpus).RunGenerators(GeneratorHarness.RuntimeCompilation(), TestContext.Current.CancellationToken)
            .GetRunResult().Results.Single();

        // Otherwise the caching check every test makes would skip a step that never runs.
        Assert.All(AllSteps, step => Assert.True(result.TrackedSteps.ContainsKey(step), $"{step} did not run"));
    }

    [Fact]
    public void A_sidecar_edit_with_every_file_handed_anew_reruns_only_that_articles_steps()
    {
        var (texts, compilation, driver) = FirstRun();

        // The compiler server hands the generator a new object for every file on every build.
        var edited = texts.Select(t => t.Path == SeedSet.PathOf(InterviewSidecar)
                ? new InMemoryAdditionalText(t.Path, t.GetText(TestContext.Current.CancellationToken)!.ToString().Replace("Assumed for the test.", "Assumed, and edited."))
                : t.Copy())
            .Cast<AdditionalText>().ToImmutableArray();
        var result = driver.ReplaceAdditionalTexts(edited).RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        var files = Reasons(result, TrackingNames.SeedFiles);
        Assert.Equal(texts.Count, files.Count);
        Assert.Single(files, r => r == IncrementalStepRunReason.Modified);
        Assert.All(files.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        var contents = Reasons(result, TrackingNames.SeedContents);
        Assert.Single(contents, r => r == IncrementalStepRunReason.Modified);
        Assert.All(contents.Where(r => r != IncrementalStepRunReason.Modified), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        foreach (var step in new[] { TrackingNames.Sidecars, TrackingNames.Pair, TrackingNames.Resolve, TrackingNames.Link, TrackingNames.Record })
        {
            Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, Sorted(Reasons(result, step)));
        }
        foreach (var step in new[] { TrackingNames.Texts, TrackingNames.TextFiles, TrackingNames.RegistryFiles, TrackingNames.Registry })
        {
            Assert.All(Reasons(result, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }
    }

    // The fixture corpus run once with step tracking, ready for a second run after an edit.
    private static (IReadOnlyList<InMemoryAdditionalText> Texts, Compilation Compilation, GeneratorDriver Driver) FirstRun()
    {
        var texts = Fixtures.Corpus.ToAdditionalTexts();
        var compilation = GeneratorHarness.RuntimeCompilation();
        var driver = GeneratorHarness.CreateDriver(texts, TestAnalyzerOptions.WithItemMembers());
        return (texts, compilation, driver.RunGenerators(compilation, TestContext.Current.CancellationToken));
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static IncrementalStepRunReason[] Sorted(IEnumerable<IncrementalStepRunReason> reasons) => reasons.OrderBy(r => r).ToArray();
}
