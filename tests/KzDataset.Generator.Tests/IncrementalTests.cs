using System;
using System.Collections;
using System.Collections.Generic;
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
    private static readonly string[] AllSteps =
    {
        TrackingNames.Texts, TrackingNames.Sidecars, TrackingNames.RegistryFiles, TrackingNames.Registry, TrackingNames.Resolve,
        TrackingNames.Link, TrackingNames.Corpus, TrackingNames.Buckets, TrackingNames.Catalog, TrackingNames.Diagnostics,
    };

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
    public void A_sidecar_edit_reparses_only_that_article_and_reemits_only_its_file()
    {
        var texts = Fixtures.Corpus.ToAdditionalTexts();
        var compilation = GeneratorHarness.RuntimeCompilation();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new KzGenerator().AsSourceGenerator() }, texts, GeneratorHarness.ParseOptions, null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);

        var old = texts.Single(t => t.Path == SeedSet.PathOf(InterviewSidecar));
        var edited = new InMemoryAdditionalText(old.Path, old.GetText(TestContext.Current.CancellationToken).ToString().Replace("Assumed for the test.", "Assumed, and edited."));
        var result = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, Sorted(Reasons(result, TrackingNames.Sidecars)));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, Sorted(Reasons(result, TrackingNames.Resolve)));
        Assert.All(Reasons(result, TrackingNames.Texts), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, TrackingNames.Registry), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        // Two buckets: the edited article's is re-emitted, the other one is not.
        var buckets = Reasons(result, TrackingNames.Buckets);
        Assert.Equal(2, buckets.Count);
        Assert.Single(buckets, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(buckets, r => r == IncrementalStepRunReason.Unchanged);
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reasons(result, TrackingNames.Catalog).Single());
    }

    [Fact]
    public void Pipeline_models_hold_no_compilation_symbols_or_syntax()
    {
        var compilation = GeneratorHarness.RuntimeCompilation();
        var result = GeneratorHarness.CreateDriver(Fixtures.Corpus).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var step in result.TrackedSteps.Where(s => AllSteps.Contains(s.Key)).SelectMany(s => s.Value))
        {
            foreach (var (value, _) in step.Outputs) AssertNoRoslynObjects(value, step.Name ?? "?", new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is decimal || value is Enum) return;
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel,
            $"{path} holds a {value.GetType().Name}, which pins a compilation in memory and defeats caching");
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            foreach (var item in items) AssertNoRoslynObjects(item, path + "[]", seen);
            return;
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), path + "." + field.Name, seen);
        }
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static IncrementalStepRunReason[] Sorted(IEnumerable<IncrementalStepRunReason> reasons) => reasons.OrderBy(r => r).ToArray();
}
