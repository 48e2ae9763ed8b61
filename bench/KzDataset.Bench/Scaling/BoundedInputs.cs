using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using KzDataset.Generator;
using KzDataset.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KzDataset.Bench.Scaling;

/// <summary>
/// --bounded: the generator on one-article inputs at the sizes its checks must stay linear in (a
/// text up to 50 MB, up to 100,000 annotations, an anchor occurring up to 100,000 times), each at
/// a quarter, a half and the whole size, so the time per unit shows whether the cost is linear.
/// Best of three runs in this process; allocations are the run's managed allocations.
/// </summary>
internal static class BoundedInputs
{
    public static int Run()
    {
        Console.WriteLine("input                       size   generator ms (best of 3)   per unit   allocated MB   KZ diagnostics");
        foreach (var mb in new[] { 12, 25, 50 }) Measure($"text, MB", mb, LargeInputs.HugeText(mb));
        foreach (var n in new[] { 25_000, 50_000, 100_000 }) Measure("annotations", n, LargeInputs.ManyAnnotations(n));
        foreach (var n in new[] { 25_000, 50_000, 100_000 }) Measure("occurrences", n, LargeInputs.ManyOccurrences(n));
        return 0;
    }

    private static void Measure(string what, int size, IReadOnlyList<(string Path, string Content)> files)
    {
        var texts = files.Select(f => (AdditionalText)new SeedAdditionalText("/bench/seeds/" + f.Path, f.Content)).ToList();
        var best = double.MaxValue;
        long allocated = 0;
        var diagnostics = 0;
        for (var run = 0; run < 3; run++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var driver = CSharpGeneratorDriver.Create(new[] { new KzGenerator().AsSourceGenerator() }, texts, null, new SeedOptions("/bench/seeds/"))
                .RunGenerators(CSharpCompilation.Create("Bench"));
            var elapsed = clock.Elapsed.TotalMilliseconds;
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            diagnostics = driver.GetRunResult().Diagnostics.Count(d => d.Id.StartsWith("KZ", StringComparison.Ordinal));
            var errors = driver.GetRunResult().Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) throw new InvalidOperationException($"{what} {size}: {errors[0]}");
            best = Math.Min(best, elapsed);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-22} {size,10:N0}   {best,12:F0}   {best * 1000 / size,10:F2} µs   {allocated / 1e6,12:F0}   {diagnostics,6}"));
    }
}
