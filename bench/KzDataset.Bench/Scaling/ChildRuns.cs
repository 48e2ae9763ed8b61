using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using KzDataset.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KzDataset.Bench.Scaling;

/// <summary>
/// What runs in a fresh child process: the generator over a seeds folder, cold (JIT included),
/// and its floor, the least any generator must do: read every file, hash the texts, parse the JSON.
/// Each prints one line: wall milliseconds, then details.
/// </summary>
internal static class ChildRuns
{
    public static int Run(string mode, string folder)
    {
        var clock = Stopwatch.StartNew();
        var files = Directory.EnumerateFiles(folder, "*.txt").Concat(Directory.EnumerateFiles(folder, "*.json"))
            .Concat(Directory.EnumerateFiles(Path.Combine(folder, "registry"), "*.json"))
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        switch (mode)
        {
            case "generator":
            {
                var texts = files.Select(f => (AdditionalText)new SeedAdditionalText(f, File.ReadAllText(f))).ToList();
                var compilation = CSharpCompilation.Create("Bench", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new KzGenerator().AsSourceGenerator() }, texts, null, new SeedOptions(folder),
                    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
                driver = driver.RunGenerators(compilation);
                var wall = clock.Elapsed.TotalMilliseconds;
                var result = driver.GetRunResult().Results.Single();
                var diagnostics = result.Diagnostics.Length + (result.Exception is null ? 0 : 1);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{wall:F1} {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:F1} {diagnostics} {result.GeneratedSources.Length}"));
                return 0;
            }
            case "floor":
            {
                var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
                var elements = 0L;
                foreach (var file in files)
                {
                    var bytes = File.ReadAllBytes(file);
                    if (file.EndsWith(".txt", StringComparison.Ordinal))
                    {
                        _ = SHA256.HashData(bytes);
                        continue;
                    }
                    using var document = JsonDocument.Parse(bytes, options);
                    elements += document.RootElement.EnumerateObject().Count();
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalMilliseconds:F1} {files.Count} {elements}"));
                return 0;
            }
            default:
                Console.Error.WriteLine("unknown child mode " + mode);
                return 2;
        }
    }

    /// <summary>Medians over fresh processes; null (with a one-line error) when a child fails.</summary>
    public static (double Wall, double Timing, int Diagnostics)? Measure(string mode, string folder, int processes)
    {
        var samples = new List<double[]>();
        for (var i = 0; i < processes; i++)
        {
            var result = ProcessRunner.Self("--child", mode, folder);
            var line = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim() ?? "";
            var parts = line.Split(' ');
            if (result.ExitCode != 0 || parts.Length < 3 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                Console.WriteLine($"error: child {mode} failed (exit {result.ExitCode}): {Stats.FirstLine(result.Output)}");
                return null;
            }
            samples.Add(parts.Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray());
        }
        return (Stats.Median(samples.Select(s => s[0])), Stats.Median(samples.Select(s => s[1])), (int)samples[0][2]);
    }
}
