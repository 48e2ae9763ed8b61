using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using KzDataset.Synthetic;

namespace KzDataset.Bench.Scaling;

/// <summary>
/// The scaling bench: for each N, a synthetic corpus in a throwaway copy of the library, then the
/// generator cold vs its floor, full and incremental builds (generator vs embed-only floor), and
/// first/all access in fresh processes (typed members vs a source-generated JSON baseline).
/// Every step that fails prints one "error:" line and the bench goes on.
/// </summary>
internal static class ScalingBench
{
    private const int Seed = 2022;

    /// <summary>The largest corpus also built with per-item members (they are opt-in because they cost more than everything else).</summary>
    private const int ItemMembersUpTo = 10_000;

    /// <param name="runtimeOnly">Only the runtime's measurements (the library is built once, untimed, for the runner).</param>
    /// <param name="chart">Where to write the chart, or null for none.</param>
    public static int Run(bool quick, string repository, int[]? sizesAsked = null, int? processesAsked = null, bool runtimeOnly = false, string? chart = null)
    {
        var sizes = sizesAsked ?? (quick ? new[] { 10, 100, 1_000 } : new[] { 10, 100, 1_000, 10_000 });
        var processes = processesAsked ?? (quick ? 3 : 5);
        var rows = new List<Measurements>();
        Console.WriteLine($"mode: {(quick ? "quick" : "full")}{(runtimeOnly ? ", runtime only" : "")}, sizes {string.Join(", ", sizes)}, {processes} processes per median, {Environment.ProcessorCount} cores");
        foreach (var n in sizes)
        {
            var row = new Measurements(n);
            rows.Add(row);
            try
            {
                Measure(row, repository, processes, runtimeOnly);
            }
            catch (Exception e)
            {
                Console.WriteLine($"error: N={n}: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            }
        }
        PrintTable(rows);
        // The chart in the docs is drawn from a full run: a smaller run writes one only where asked to.
        if (chart is null) return 0;
        try
        {
            Chart.Write(rows, chart);
            Console.WriteLine("chart: " + chart);
        }
        catch (Exception e)
        {
            Console.WriteLine($"error: chart: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
        }
        return 0;
    }

    private static void Measure(Measurements row, string repository, int processes, bool runtimeOnly)
    {
        var n = row.Articles;
        Console.WriteLine($"== N = {n.ToString("N0", CultureInfo.InvariantCulture)} ==");
        var project = TempProject.Create(repository, n, Seed);
        row.Record("seed-megabytes", Directory.EnumerateFiles(project.Seeds, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1e6);
        if (runtimeOnly)
        {
            Runtime(row, project, repository, processes);
            return;
        }

        if (ChildRuns.Measure("generator", project.Seeds, processes) is { } generator)
        {
            row.Record("generator-cold-ms", generator.Wall);
            row.Record("generator-timing-ms", generator.Timing);
            row.Record("generator-diagnostics", generator.Diagnostics);
        }
        if (ChildRuns.Measure("floor", project.Seeds, processes) is { } floor) row.Record("floor-ms", floor.Wall);
        row.Ratio("generator-cold/floor", "generator-cold-ms", "floor-ms");

        var builds = Builds(row, project, generate: true);
        if (project.SupportsEmbedOnly)
        {
            Builds(row, project, generate: false);
            row.Ratio("build/floor", "build-s", "embed-build-s");
            row.Ratio("peak-memory build/floor", "build-peak-mb", "embed-build-peak-mb");
            foreach (var kind in new[] { "no-change", "cs-edit", "sidecar-edit" })
            {
                row.Ratio($"incremental-{kind} build/floor", $"inc-{kind}-s", $"embed-inc-{kind}-s");
                row.Ratio($"incremental-noserver-{kind} build/floor", $"inc-noserver-{kind}-s", $"embed-inc-noserver-{kind}-s");
            }
        }
        else
        {
            Console.WriteLine("error: embed-only floor skipped: this src/KzDataset does not honour -p:KzGenerate=false yet (contract not landed)");
        }
        if (builds) Runtime(row, project, repository, processes);
    }

    // Returns whether the library built.
    private static bool Builds(Measurements row, TempProject project, bool generate)
    {
        var prefix = generate ? "" : "embed-";
        // A user's corpus builds with the defaults: no per-quote and per-figure members (KzItemMembers).
        var properties = generate
            ? new[] { "-p:KzSeedsDirectory=" + project.Seeds + "/", "-p:KzItemMembers=false" }
            : new[] { "-p:KzSeedsDirectory=" + project.Seeds + "/", "-p:KzGenerate=false" };
        project.Clean();
        // Warm-up: restores and builds the generator project, which is not part of what is timed next.
        var warm = BuildProbe.Build(project.Project, restore: true, properties);
        if (!warm.Ok)
        {
            Console.WriteLine($"error: {prefix}build N={row.Articles}: {warm.Error}");
            return false;
        }
        project.Clean();
        var full = BuildProbe.Build(project.Project, restore: false, properties.Append("-p:BuildProjectReferences=false").ToArray());
        if (!full.Ok)
        {
            Console.WriteLine($"error: {prefix}build N={row.Articles}: {full.Error}");
            return false;
        }
        row.Record(prefix + "build-s", full.Seconds);
        row.Record(prefix + "build-csc-s", full.CscSeconds);
        row.Record(prefix + "build-peak-mb", full.PeakKb / 1024.0);
        if (generate && row.Articles <= ItemMembersUpTo) ItemMembersBuild(row, project);

        // Incremental builds both ways: without the compiler server ("inc-noserver-"), where every build starts
        // the generator afresh (an environment with UseSharedCompilation=false, as CI machines often have), and
        // with it ("inc-"), as everyday builds run: after warm-up edits the server holds the generator's cache
        // for this project (the package's build files turn on enable-generator-cache) and runs only the steps
        // an edit touches. Each edited build also records the generator's own time (-p:ReportAnalyzer=true).
        var incremental = properties.Append("-p:BuildProjectReferences=false").ToArray();
        ProcessRunner.Run("dotnet", new[] { "build-server", "shutdown" });
        foreach (var server in new[] { false, true })
        {
            var mode = prefix + (server ? "inc-" : "inc-noserver-");
            // Brings the output up to date with the edit file present; with the server, two more builds warm it.
            Incremental(row, mode + "warm-up-s", project, incremental, server, () => CsEdit(project, 0));
            if (server)
            {
                Incremental(row, mode + "warm-up-2-s", project, incremental, server, () => CsEdit(project, 1));
                Incremental(row, mode + "warm-up-3-s", project, incremental, server, () => CsEdit(project, 2));
            }
            Incremental(row, mode + "no-change-s", project, incremental, server, () => { });
            Incremental(row, mode + "cs-edit-s", project, incremental, server, () => CsEdit(project, DateTime.UtcNow.Ticks));
            Incremental(row, mode + "sidecar-edit-s", project, incremental, server, () =>
            {
                var sidecar = Directory.EnumerateFiles(project.Seeds, "*.json").OrderBy(f => f, StringComparer.Ordinal).First();
                var json = File.ReadAllText(sidecar);
                var at = json.IndexOf("\"note\": \"", StringComparison.Ordinal) + "\"note\": \"".Length;
                File.WriteAllText(sidecar, json.Insert(at, "Edited by the bench (" + mode + "). "));
            });
        }
        ProcessRunner.Run("dotnet", new[] { "build-server", "shutdown" });
        File.Delete(Path.Combine(project.Library, "BenchEdit.cs"));
        return true;
    }

    // A C# edit elsewhere in the project: one file the bench owns, with a new constant.
    private static void CsEdit(TempProject project, long stamp)
        => File.WriteAllText(Path.Combine(project.Library, "BenchEdit.cs"),
            "namespace KzDataset;\n\n// Written by the bench: a C# edit.\ninternal static class BenchEdit\n{\n    public const long Stamp = " + stamp.ToString(CultureInfo.InvariantCulture) + ";\n}\n");

    // The same full build with one typed member per quote and figure, as the bundled corpus has them.
    private static void ItemMembersBuild(Measurements row, TempProject project)
    {
        project.Clean();
        var items = BuildProbe.Build(project.Project, restore: false, "-p:KzSeedsDirectory=" + project.Seeds + "/", "-p:KzItemMembers=true", "-p:BuildProjectReferences=false");
        if (items.Ok)
        {
            row.Record("build-items-s", items.Seconds);
            row.Record("build-items-peak-mb", items.PeakKb / 1024.0);
        }
        else
        {
            Console.WriteLine($"error: build with item members N={row.Articles}: {items.Error}");
        }
        project.Clean();
        BuildProbe.Build(project.Project, restore: false, "-p:KzSeedsDirectory=" + project.Seeds + "/", "-p:KzItemMembers=false", "-p:BuildProjectReferences=false");
    }

    private static void Incremental(Measurements row, string name, TempProject project, string[] properties, bool server, Action edit)
    {
        edit();
        var result = BuildProbe.Build(project.Project, restore: false, sharedCompiler: server, reportGenerator: true, properties);
        if (!result.Ok)
        {
            Console.WriteLine($"error: {name} N={row.Articles}: {result.Error}");
            return;
        }
        row.Record(name, result.Seconds);
        // "inc-cs-edit-s" → "inc-cs-edit-gen-s": the generator's part of that build, as the compiler reports it.
        if (!double.IsNaN(result.GeneratorSeconds)) row.Record(name.Substring(0, name.Length - 2) + "-gen-s", result.GeneratorSeconds);
    }

    private static void Runtime(Measurements row, TempProject project, string repository, int processes)
    {
        var (articleId, quoteId) = SyntheticCorpus.FirstQuote(Seed);
        var runner = RunnerProject.Create(project, repository, articleId, quoteId);
        project.Clean();
        var build = BuildProbe.Build(runner, restore: true, "-p:KzSeedsDirectory=" + project.Seeds + "/", "-p:KzItemMembers=false");
        if (!build.Ok)
        {
            Console.WriteLine($"error: runner build N={row.Articles}: {build.Error}");
            return;
        }
        foreach (var mode in new[] { "kz-first", "json-first", "kz-list-first", "kz-count", "kz-filter", "kz-all", "json-all" })
        {
            if (RunnerProject.Measure(project, mode, processes) is not { } result) continue;
            row.Record(mode + "-ms", result.Ms);
            if (mode.EndsWith("-all", StringComparison.Ordinal)) row.Record(mode + "-managed-mb", result.Bytes / 1e6);
        }
        row.Ratio("first-quote json/kz", "json-first-ms", "kz-first-ms");
        // The corpus-wide lists a user starts with, against the same JSON load's first quote.
        row.Ratio("first-quote json/kz-list", "json-first-ms", "kz-list-first-ms");
        row.Ratio("json-first/kz-count", "json-first-ms", "kz-count-ms");
        row.Ratio("json-first/kz-filter", "json-first-ms", "kz-filter-ms");
        row.Ratio("all kz/json", "kz-all-ms", "json-all-ms");
        row.Ratio("memory kz/json", "kz-all-managed-mb", "json-all-managed-mb");
    }

    public static void PrintTable(IReadOnlyList<Measurements> rows)
    {
        var columns = new (string Key, string Header)[]
        {
            ("seed-megabytes", "seeds MB"), ("generator-cold-ms", "generator cold ms"), ("floor-ms", "floor ms"), ("generator-cold/floor", "gen/floor"),
            ("build-s", "build s"), ("build-csc-s", "Csc s"), ("build-peak-mb", "peak MB"), ("embed-build-s", "embed-only build s"), ("build/floor", "build/floor"),
            ("build-items-s", "build with item members s"), ("embed-build-peak-mb", "embed-only peak MB"),
            ("inc-no-change-s", "inc none s"), ("inc-cs-edit-s", "inc C# s"), ("inc-sidecar-edit-s", "inc sidecar s"),
            ("embed-inc-cs-edit-s", "embed inc C# s"), ("embed-inc-sidecar-edit-s", "embed inc sidecar s"),
            ("inc-cs-edit-gen-s", "inc C# gen s"), ("inc-sidecar-edit-gen-s", "inc sidecar gen s"),
            ("inc-noserver-cs-edit-s", "no server inc C# s"), ("inc-noserver-sidecar-edit-s", "no server inc sidecar s"),
            ("embed-inc-noserver-cs-edit-s", "no server embed inc C# s"), ("embed-inc-noserver-sidecar-edit-s", "no server embed inc sidecar s"),
            ("inc-noserver-cs-edit-gen-s", "no server inc C# gen s"), ("inc-noserver-sidecar-edit-gen-s", "no server inc sidecar gen s"),
            ("kz-first-ms", "kz-first ms"), ("json-first-ms", "json-first ms"), ("kz-list-first-ms", "kz-list-first ms"), ("kz-count-ms", "kz-count ms"),
            ("kz-filter-ms", "kz-filter ms"), ("kz-all-ms", "kz-all ms"), ("json-all-ms", "json-all ms"),
            ("kz-all-managed-mb", "kz MB"), ("json-all-managed-mb", "json MB"),
        };
        Console.WriteLine();
        Console.WriteLine("| N | " + string.Join(" | ", columns.Select(c => c.Header)) + " |");
        Console.WriteLine("|---|" + string.Concat(columns.Select(_ => "---|")));
        foreach (var row in rows)
        {
            Console.WriteLine($"| {row.Articles.ToString("N0", CultureInfo.InvariantCulture)} | " + string.Join(" | ", columns.Select(c => row.Cell(c.Key))) + " |");
        }
    }
}
