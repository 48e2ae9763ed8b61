using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>
/// What every generator run in the tests is checked for (see <see cref="GeneratorHarness.Drive"/>): run
/// again with new but equal inputs, as the compiler server runs it on the next build, every named step
/// is Cached or Unchanged and gives what it gave the first time; no step output holds a compilation,
/// symbol or syntax (which would pin a compilation and defeat the cache); and the steps it checks are
/// exactly those <see cref="TrackingNames"/> declares, read by reflection so a new step cannot be missed.
/// </summary>
internal static class CachingCheck
{
    /// <summary>Every step name the generator declares.</summary>
    public static readonly IReadOnlyList<string> StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    // Roslyn's own steps (AdditionalTexts, Compilation…, SourceOutput), which are tracked too and are not the generator's.
    private static readonly HashSet<string> RoslynSteps = new[] { typeof(WellKnownGeneratorInputs), typeof(WellKnownGeneratorOutputs) }
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<Type, bool> InertTypes = new();

    public static void AssertSecondRunCached(GeneratorRunResult first, GeneratorRunResult second)
    {
        var unknown = first.TrackedSteps.Keys.Concat(second.TrackedSteps.Keys)
            .Where(name => !RoslynSteps.Contains(name) && !StepNames.Contains(name)).Distinct().ToList();
        Assert.True(unknown.Count == 0, "steps not declared in TrackingNames: " + string.Join(", ", unknown));

        foreach (var name in StepNames.Where(first.TrackedSteps.ContainsKey))
        {
            Assert.True(second.TrackedSteps.ContainsKey(name), $"step {name} ran the first time and not the second");
            var outputs = second.TrackedSteps[name].SelectMany(s => s.Outputs).ToList();
            var notCached = outputs.Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)).ToList();
            Assert.True(notCached.Count == 0,
                $"step {name} ran again on equal inputs: {string.Join(", ", notCached.Select(o => o.Reason))}");
            Assert.Equal(first.TrackedSteps[name].SelectMany(s => s.Outputs).Select(o => o.Value), outputs.Select(o => o.Value));
        }

        // Nothing is emitted again either.
        var emitted = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Where(o => o.Reason != IncrementalStepRunReason.Cached).ToList();
        Assert.True(emitted.Count == 0, $"{emitted.Count} outputs were emitted again on equal inputs");

        foreach (var name in StepNames.Where(first.TrackedSteps.ContainsKey))
        {
            foreach (var step in first.TrackedSteps[name])
            {
                foreach (var (value, _) in step.Outputs) AssertNoRoslynObjects(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    /// <summary>Walks a step output's object graph by reflection.</summary>
    public static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        // A SourceText (the first step carries each seed's) is text and holds no compilation.
        if (value is null || value is Microsoft.CodeAnalysis.Text.SourceText || IsInert(value.GetType())) return;
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or Location,
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

    /// <summary>
    /// A type whose values cannot reach a Roslyn object: primitives, strings, enums, and sealed types or
    /// arrays made only of those (a record's bytes are then skipped, not walked byte by byte).
    /// </summary>
    private static bool IsInert(Type type) => InertTypes.TryGetValue(type, out var inert) ? inert : InertTypes[type] = Inert(type, new HashSet<Type>());

    private static bool Inert(Type type, HashSet<Type> visiting)
    {
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)) return true;
        if (type.IsArray) return Inert(type.GetElementType()!, visiting);
        if (!(type.IsValueType || type.IsSealed) || type.IsInterface) return false;
        if (!visiting.Add(type)) return true;
        return type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).All(f => Inert(f.FieldType, visiting));
    }
}
