using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using KzDataset.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace KzDataset.Bench;

/// <summary>
/// Measures the generator on the real seeds and on synthetic corpora made by cloning them, and the
/// runtime's cold start. Run in Release: dotnet run -c Release --project bench/KzDataset.Bench
/// Timings are medians of repeated runs, with step tracking off (tracking adds its own cost).
/// --scaling (N = 10 … 10,000) and --quick (N = 10 … 1,000) run the synthetic-corpus scaling bench
/// (--sizes a,b,c and --processes n override the sizes and the processes per median; --runtime
/// measures only the runtime; --chart-file PATH writes the chart),
/// --emission-options the u8-literal vs resource experiment (docs/performance.md),
/// --bounded the generator on a huge text, many annotations and many occurrences (docs/reliability.md),
/// --write-seeds DIR N a synthetic seeds folder of N articles, for the tool's own measurements (docs/site.md).
/// --draft the drafter on 1,000 synthetic articles (--articles N) or the bundled five (--bundled), timed and scored
/// (--no-people: an empty people registry; --markdown-file PATH also writes the scores there; docs/drafting.md).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 1 && args[0] == "--runtime-cold") return RuntimeCold();
        if (args.Length == 3 && args[0] == "--child") return Scaling.ChildRuns.Run(args[1], args[2]);
        if (args.Length == 3 && args[0] == "--write-seeds")
        {
            KzDataset.Synthetic.SyntheticCorpus.Write(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), seed: 42);
            return 0;
        }
        var quick = args.Contains("--quick");
        if (args.Contains("--emission-options")) return Scaling.EmissionOptions.Run(quick);
        if (args.Contains("--bounded")) return Scaling.BoundedInputs.Run();
        if (args.Contains("--draft"))
        {
            var articles = Option(args, "--articles") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 1_000;
            return Drafting.DraftBench.Run(args.Contains("--bundled"), articles, args.Contains("--no-people"), FindSeeds(), Option(args, "--markdown-file"));
        }
        // --chart run1.log run2.log …: one chart and table from the lines of earlier runs.
        if (args.Length > 1 && args[0] == "--chart")
        {
            return Scaling.LogChart.Run(args.Skip(1), Path.Combine(Path.GetDirectoryName(FindSeeds())!, "docs", "performance-scaling.png"));
        }
        if (quick || args.Contains("--scaling") || args.Contains("--runtime"))
        {
            // --sizes 10,1000,50000 and --processes 3 override the mode's defaults.
            var sizes = Option(args, "--sizes")?.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
            var processes = Option(args, "--processes") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
            // --runtime: only the runtime's measurements; --chart-file PATH: write the chart there (no chart otherwise).
            return Scaling.ScalingBench.Run(quick, Path.GetDirectoryName(FindSeeds())!, sizes, processes, args.Contains("--runtime"), Option(args, "--chart-file"));
        }

        var seeds = FindSeeds();
        var real = LoadSeeds(seeds);
        Console.WriteLine($"Generator, real corpus ({real.Count(t => t.Path.EndsWith(".txt", StringComparison.Ordinal))} articles):");
        Report(real, seeds, repeats: 30);

        foreach (var size in new[] { 100, 1_000, 5_000 })
        {
            var synthetic = Scale(real, size);
            Console.WriteLine($"Generator, synthetic corpus of {size.ToString("N0", CultureInfo.InvariantCulture)} articles (the real five, cloned):");
            Report(synthetic, seeds, repeats: size >= 5_000 ? 3 : 5);
        }

        Console.WriteLine("Runtime, cold process (Articles.All.Count, then the first article's text and body), median of 5 processes:");
        RuntimeColdInChildren(5);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static void Report(IReadOnlyList<AdditionalText> texts, string seeds, int repeats)
    {
        var compilation = CSharpCompilation.Create("Bench", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var full = new List<double>();
        var cached = new List<double>();
        GeneratorRunResult last = default;
        var sourceChars = 0L;
        for (var i = 0; i < repeats; i++)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new KzGenerator().AsSourceGenerator() }, texts, null, new Scaling.SeedOptions(seeds),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
            driver = driver.RunGenerators(compilation);
            full.Add(driver.GetTimingInfo().ElapsedTime.TotalMilliseconds);
            last = driver.GetRunResult().Results.Single();
            sourceChars = last.GeneratedSources.Sum(s => (long)s.SourceText.Length);

            // A C# edit: the generator's inputs are unchanged, so every step should be cached.
            var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edit" + i + " { }"));
            driver = driver.RunGenerators(edited);
            cached.Add(driver.GetTimingInfo().ElapsedTime.TotalMilliseconds);
        }
        var errors = last.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        Console.WriteLine($"  full run   median {Median(full),9:F1} ms   (min {full.Min():F1}, first {full[0]:F1}, n={repeats})");
        Console.WriteLine($"  after C# edit median {Median(cached),6:F2} ms");
        Console.WriteLine($"  generated files {last.GeneratedSources.Length}, {sourceChars / 1024.0:F0} KiB of source, {errors} error diagnostic(s)");
    }

    private static int RuntimeCold()
    {
        var clock = Stopwatch.StartNew();
        var count = KzDataset.Articles.All.Count;
        var graph = clock.Elapsed.TotalMilliseconds;
        var text = KzDataset.Articles.All[0].RawText.Length;
        var firstText = clock.Elapsed.TotalMilliseconds - graph;
        var body = KzDataset.Articles.All[0].Body.Length;
        var firstBody = clock.Elapsed.TotalMilliseconds - graph - firstText;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{graph:F2} {firstText:F2} {firstBody:F2} {count} {text} {body}"));
        return 0;
    }

    private static void RuntimeColdInChildren(int processes)
    {
        var samples = new List<double[]>();
        var self = Environment.ProcessPath!;
        var assembly = typeof(Program).Assembly.Location;
        for (var i = 0; i < processes; i++)
        {
            var start = self.EndsWith("dotnet", StringComparison.Ordinal) || self.EndsWith("dotnet.exe", StringComparison.Ordinal)
                ? new ProcessStartInfo(self, new[] { assembly, "--runtime-cold" })
                : new ProcessStartInfo(self, "--runtime-cold");
            start.RedirectStandardOutput = true;
            using var process = Process.Start(start)!;
            var line = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            samples.Add(line.Split(' ').Take(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray());
        }
        Console.WriteLine($"  Articles.All.Count (manifest and registries; no article read) {Median(samples.Select(s => s[0])):F2} ms, " +
                          $"then the first article's RawText (its record, text and sidecar) {Median(samples.Select(s => s[1])):F2} ms, its Body (paragraphs joined) {Median(samples.Select(s => s[2])):F2} ms");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string FindSeeds()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KzDataset.sln"))) directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("KzDataset.sln not found"), "seeds");
    }

    private static List<AdditionalText> LoadSeeds(string seeds)
        => Directory.GetFiles(seeds, "*.txt").Concat(Directory.GetFiles(seeds, "*.json"))
            .Concat(Directory.GetFiles(Path.Combine(seeds, "registry"), "*.json"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (AdditionalText)new Scaling.SeedAdditionalText(f, File.ReadAllText(f)))
            .ToList();

    // Clones of the real articles under new file names and ids; registries are shared.
    private static List<AdditionalText> Scale(IReadOnlyList<AdditionalText> real, int size)
    {
        var registries = real.Where(t => t.Path.Contains(Path.DirectorySeparatorChar + "registry" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        var articles = real.Where(t => t.Path.EndsWith(".txt", StringComparison.Ordinal))
            .Select(t => (Text: t, Sidecar: real.Single(s => s.Path == Path.ChangeExtension(t.Path, ".json"))))
            .ToList();
        var result = new List<AdditionalText>(registries);
        var folder = Path.GetDirectoryName(articles[0].Text.Path)!;
        for (var i = 0; i < size; i++)
        {
            var (text, sidecar) = articles[i % articles.Count];
            var name = $"{i:D6}_{Path.GetFileNameWithoutExtension(text.Path)}";
            var json = sidecar.GetText()!.ToString();
            var idStart = json.IndexOf("\"id\": \"", StringComparison.Ordinal) + 7;
            json = json.Insert(json.IndexOf('"', idStart), "-copy-" + i.ToString(CultureInfo.InvariantCulture));
            result.Add(new Scaling.SeedAdditionalText(Path.Combine(folder, name + ".txt"), text.GetText()!.ToString()));
            result.Add(new Scaling.SeedAdditionalText(Path.Combine(folder, name + ".json"), json));
        }
        return result;
    }
}
