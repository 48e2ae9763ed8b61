using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using KzDataset.Bench.Scaling;
using KzDataset.Cli.Drafting.Scoring;
using KzDataset.Core.Drafting;

namespace KzDataset.Bench.Drafting;

/// <summary>
/// --draft: drafts texts whose true sidecars are known, times it and scores the drafts.
/// Synthetic (default 1,000 articles, --articles N, seed 2022) or --bundled (the five bundled texts); the drafts get
/// the true registry, or with --no-people one whose people list is empty (every speaker must then be proposed).
/// The texts are drafted three times through the core's <see cref="Drafter"/> (a fresh context each time;
/// the median is reported), then three times by <c>kz draft</c> in a process of its own, end to end (start-up, reading,
/// drafting, writing the sidecars and the registry); the folder of kz's last run is scored against the truth.
/// </summary>
internal static class DraftBench
{
    private const int Seed = 2022;
    private const int CoreRuns = 3;
    private const int CliRuns = 3;

    public static int Run(bool bundled, int articles, bool withoutPeople, string seeds, string? markdownFile)
    {
        var root = DraftFolders.Root((bundled ? "bundled" : "n" + articles.ToString(CultureInfo.InvariantCulture)) + (withoutPeople ? "-no-people" : string.Empty));
        var truth = bundled ? DraftFolders.Bundled(root, seeds) : DraftFolders.Synthetic(root, articles, Seed);
        var texts = Directory.GetFiles(truth, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var what = (bundled ? "the bundled five" : $"{Count(texts.Count)} synthetic articles (seed {Seed})")
            + (withoutPeople ? " with an empty people registry" : " with the true registry");
        Console.WriteLine($"Drafting {what}; {Environment.ProcessorCount} cores; working folder {root}");

        // The core API, in process: the registry read once per run, then every text in order.
        var core = DraftFolders.Stripped(truth, "draft-core", withoutPeople);
        var contents = texts.Select(t => (Name: Path.GetFileName(t), Text: File.ReadAllText(t))).ToList();
        var times = new List<double>();
        Dictionary<string, string> sidecars = [];
        for (var run = 0; run < CoreRuns; run++)
        {
            var clock = Stopwatch.StartNew();
            var context = DraftContext.Load(core);
            sidecars = contents.ToDictionary(t => t.Name, t => Drafter.Draft(t.Name, t.Text, context).SidecarJson, StringComparer.Ordinal);
            times.Add(clock.Elapsed.TotalSeconds);
        }
        var sorted = times.OrderBy(t => t).ToList();
        Console.WriteLine($"  core Drafter.Draft, {Count(texts.Count)} texts in memory (registry loaded, texts already read): median {sorted[CoreRuns / 2]:F2} s, min {sorted[0]:F2} s, n={CoreRuns}");

        // kz draft, end to end in its own process, each run on a fresh copy; the last run's folder is scored.
        var cli = string.Empty;
        var walls = new List<double>();
        for (var run = 0; run < CliRuns; run++)
        {
            cli = DraftFolders.Stripped(truth, "draft-kz-" + (run + 1).ToString(CultureInfo.InvariantCulture), withoutPeople);
            var kz = ProcessRunner.Run(Dotnet(), [Path.Combine(AppContext.BaseDirectory, "kz.dll"), "draft", cli]);
            if (kz.ExitCode != 0)
            {
                Console.Error.WriteLine($"  kz draft failed (exit {kz.ExitCode}): {kz.Output.Trim()}");
                return 1;
            }
            walls.Add(kz.Seconds);
            if (run == CliRuns - 1) Console.WriteLine("  kz draft says: " + kz.Output.Trim());
        }
        walls.Sort();
        Console.WriteLine($"  kz draft DIR, a process end to end (start, read, draft, write sidecars and registry): median {walls[CliRuns / 2]:F2} s wall, min {walls[0]:F2} s, n={CliRuns}");
        var same = sidecars.Count(s => File.Exists(Path.Combine(cli, Path.ChangeExtension(s.Key, ".json")))
            && File.ReadAllText(Path.Combine(cli, Path.ChangeExtension(s.Key, ".json"))) == s.Value);
        Console.WriteLine($"  sidecars kz wrote equal to the core's: {same} of {sidecars.Count}");

        DraftScore score;
        try
        {
            score = ScoredFolders.Score(truth, cli);
        }
        catch (KzDataset.Cli.CliException ex)
        {
            Console.Error.WriteLine("  the drafts cannot be scored: " + ex.Message);
            return 1;
        }
        using var markdown = new StringWriter { NewLine = "\n" };
        markdown.Write($"Drafts of {what}, scored against their true sidecars (kz draft-score {truth} {cli}):\n\n");
        ScoreMarkdown.Write(markdown, score, perArticle: bundled);
        Console.WriteLine();
        Console.Write(markdown.ToString());
        if (markdownFile is not null) File.WriteAllText(markdownFile, markdown.ToString());
        return 0;
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The dotnet host running this bench (kz.dll is run with it).</summary>
    private static string Dotnet()
    {
        var self = Environment.ProcessPath!;
        return self.EndsWith("dotnet", StringComparison.Ordinal) || self.EndsWith("dotnet.exe", StringComparison.Ordinal) ? self : "dotnet";
    }
}
