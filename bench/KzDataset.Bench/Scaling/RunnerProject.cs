using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace KzDataset.Bench.Scaling;

/// <summary>
/// A console project written into the temp project, referencing its library, that reads the corpus
/// one way per process: kz-first (one typed quote member), json-first (deserialize the export, find
/// that quote), kz-all, json-all, and the corpus-wide lists a user starts with: kz-list-first
/// (<c>Articles.All[0].Quotes[0].Text</c>), kz-count (<c>Articles.All.Count</c>), kz-filter (the
/// articles of the registry's first outlet). It prints "milliseconds managed-bytes" (timed from
/// Main's start), then what it read.
/// </summary>
internal static class RunnerProject
{
    public static string Create(TempProject project, string repository, string articleId, string quoteId)
    {
        var folder = Path.Combine(project.Root, "runner");
        Directory.CreateDirectory(folder);
        var export = Path.Combine(repository, "bench", "KzDataset.Synthetic", "Export");
        File.WriteAllText(Path.Combine(folder, "Runner.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../src/KzDataset/KzDataset.csproj" />
                <Compile Include="{export}/*.cs" LinkBase="Export" />
              </ItemGroup>
            </Project>
            """);
        // The article's typed member (always generated), then its quote: per-quote members are opt-in (KzItemMembers).
        var member = $"KzDataset.Articles.{Pascal(articleId)}.Quotes.First(q => q.LocalId == \"{quoteId}\")";
        File.WriteAllText(Path.Combine(folder, "Program.cs"), Source.Replace("QUOTE_MEMBER", member, StringComparison.Ordinal)
            .Replace("ARTICLE_ID", articleId, StringComparison.Ordinal).Replace("QUOTE_ID", quoteId, StringComparison.Ordinal));
        return Path.Combine(folder, "Runner.csproj");
    }

    public static string Dll(TempProject project) => Path.Combine(project.Root, "runner", "bin", "Release", "net10.0", "Runner.dll");

    /// <summary>Median milliseconds and managed bytes over fresh processes, or null after a one-line error.</summary>
    public static (double Ms, double Bytes)? Measure(TempProject project, string mode, int processes)
    {
        var samples = new List<(double, double)>();
        for (var i = 0; i < processes; i++)
        {
            var run = ProcessRunner.Run("dotnet", new[] { Dll(project), mode, project.Export });
            var parts = run.Output.Split('\n')[0].Trim().Split(' ');
            if (run.ExitCode != 0 || parts.Length != 2)
            {
                Console.WriteLine($"error: runner {mode} failed (exit {run.ExitCode}): {Stats.FirstLine(run.Output)}");
                return null;
            }
            samples.Add((double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture)));
        }
        return (Stats.Median(samples.Select(s => s.Item1)), Stats.Median(samples.Select(s => s.Item2)));
    }

    // The generator's rule: "syn-000001-almaty" → "Syn000001Almaty".
    private static string Pascal(string slug)
    {
        var builder = new StringBuilder();
        foreach (var part in slug.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        }
        if (char.IsDigit(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }

    private const string Source = """
        using System;
        using System.Diagnostics;
        using System.Globalization;
        using System.IO;
        using System.Linq;
        using System.Text.Json;
        using KzDataset.Synthetic.Export;

        internal static class Program
        {
            private static int Main(string[] args)
            {
                var clock = Stopwatch.StartNew();
                string shown;
                long memory = 0;
                switch (args[0])
                {
                    case "kz-first":
                    {
                        var quote = QUOTE_MEMBER;
                        shown = quote.Text + " / " + quote.Speaker.Name;
                        break;
                    }
                    case "kz-list-first":
                    {
                        var quote = KzDataset.Articles.All[0].Quotes[0];
                        shown = quote.Text + " / " + quote.Speaker.Name;
                        break;
                    }
                    case "kz-count":
                    {
                        shown = KzDataset.Articles.All.Count.ToString(CultureInfo.InvariantCulture) + " articles";
                        break;
                    }
                    case "kz-filter":
                    {
                        var outlet = KzDataset.Outlets.All[0];
                        shown = KzDataset.Articles.All.Where(a => a.Outlet == outlet).Count().ToString(CultureInfo.InvariantCulture) + " articles of " + outlet.Id;
                        break;
                    }
                    case "json-first":
                    {
                        using var stream = File.OpenRead(args[1]);
                        var corpus = JsonSerializer.Deserialize(stream, ExportJsonContext.Default.ExportCorpus)!;
                        var quote = corpus.Articles.First(a => a.Id == "ARTICLE_ID").Quotes.First(q => q.Id == "QUOTE_ID");
                        shown = quote.Text + " / " + corpus.People.First(p => p.Id == quote.Speaker).Name;
                        break;
                    }
                    case "kz-all":
                    {
                        long chars = 0;
                        foreach (var article in KzDataset.Articles.All)
                        {
                            foreach (var quote in article.Quotes) chars += quote.Text.Length + quote.Speaker.Name.Length;
                            foreach (var figure in article.Figures) chars += figure.Text.Length + (long)(figure.Value ?? figure.Lower ?? 0m);
                        }
                        memory = GC.GetTotalMemory(true);
                        shown = KzDataset.Articles.All.Count.ToString(CultureInfo.InvariantCulture) + " articles, " + chars.ToString(CultureInfo.InvariantCulture);
                        break;
                    }
                    case "json-all":
                    {
                        using var stream = File.OpenRead(args[1]);
                        var corpus = JsonSerializer.Deserialize(stream, ExportJsonContext.Default.ExportCorpus)!;
                        memory = GC.GetTotalMemory(true);
                        shown = corpus.Articles.Count.ToString(CultureInfo.InvariantCulture) + " articles, " + corpus.Articles.Sum(a => a.Quotes.Count).ToString(CultureInfo.InvariantCulture);
                        GC.KeepAlive(corpus);
                        break;
                    }
                    default:
                        Console.Error.WriteLine("unknown mode " + args[0]);
                        return 2;
                }
                var elapsed = clock.Elapsed.TotalMilliseconds;
                Console.WriteLine(elapsed.ToString("F2", CultureInfo.InvariantCulture) + " " + memory.ToString(CultureInfo.InvariantCulture));
                Console.WriteLine(shown);
                return 0;
            }
        }
        """;
}
