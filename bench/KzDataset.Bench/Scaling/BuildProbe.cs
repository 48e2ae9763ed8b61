using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace KzDataset.Bench.Scaling;

/// <summary>
/// One `dotnet build`, timed from outside, with the peak RSS of the largest process of the build
/// tree (GNU time's %M: with UseSharedCompilation=false the compiler is its own process, and the
/// largest one once the corpus is big) and the Csc task's own time from MSBuild's performance summary.
/// A failed build is reported with its first error lines, never as a time.
/// </summary>
internal static class BuildProbe
{
    private static readonly Regex CscLine = new(@"^\s*(\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    // The compiler's own account of the generator (-p:ReportAnalyzer=true): "  1.234   38   KzDataset.Generator.KzGenerator",
    // seconds then percent, either of which may be "<0.001" or "<1".
    private static readonly Regex GeneratorLine = new(@"(?:^|\s)<?(\d+(?:\.\d+)?)\s+<?\d+\s+KzDataset\.Generator\.KzGenerator\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>A build's result; <paramref name="GeneratorSeconds"/> is NaN unless the build reported analyzers.</summary>
    public sealed record Result(bool Ok, double Seconds, long PeakKb, double CscSeconds, string Error, double GeneratorSeconds = double.NaN);

    public static Result Build(string project, bool restore, params string[] properties) => Build(project, restore, sharedCompiler: false, properties);

    /// <summary>
    /// With <paramref name="sharedCompiler"/>, the build uses the compiler server, as builds from an IDE or the
    /// command line do by default: it keeps the generator's cached pipeline between builds (the peak memory
    /// then measures MSBuild, not the server).
    /// </summary>
    public static Result Build(string project, bool restore, bool sharedCompiler, params string[] properties)
        => Build(project, restore, sharedCompiler, reportGenerator: false, properties);

    /// <summary>
    /// With <paramref name="reportGenerator"/>, the compiler reports its analyzers' and generators' own times
    /// (-p:ReportAnalyzer=true; MSBuild logs them at detailed verbosity, so to a log file beside the console's
    /// minimal one) and the result carries the generator's.
    /// </summary>
    public static Result Build(string project, bool restore, bool sharedCompiler, bool reportGenerator, params string[] properties)
    {
        var arguments = new List<string> { "build", project, "-c", "Release", "-p:UseSharedCompilation=" + (sharedCompiler ? "true" : "false"), "-nodeReuse:false", "-clp:PerformanceSummary", "-v:m" };
        var detailedLog = Path.GetTempFileName();
        if (reportGenerator) arguments.AddRange(new[] { "-p:ReportAnalyzer=true", "-flp:verbosity=detailed;logfile=" + detailedLog });
        if (!restore) arguments.Add("--no-restore");
        arguments.AddRange(properties);
        var timeFile = Path.GetTempFileName();
        try
        {
            ProcessRunner.Result run;
            var haveTime = File.Exists("/usr/bin/time");
            run = haveTime
                ? ProcessRunner.Run("/usr/bin/time", new[] { "-f", "%e %M", "-o", timeFile, "dotnet" }.Concat(arguments))
                : ProcessRunner.Run("dotnet", arguments);
            var errors = run.Output.Split('\n').Where(l => l.Contains(" error ", StringComparison.Ordinal)).Distinct().Take(3).ToList();
            if (run.ExitCode != 0 || errors.Count > 0)
            {
                var message = errors.Count > 0 ? string.Join(" | ", errors.Select(e => e.Trim())) : Stats.FirstLine(run.Output);
                return new Result(false, 0, 0, 0, $"build failed (exit {run.ExitCode}): {Shorten(message)}");
            }
            var peak = 0L;
            var seconds = run.Seconds;
            if (haveTime)
            {
                var parts = File.ReadAllText(timeFile).Trim().Split('\n').Last().Split(' ');
                if (parts.Length == 2)
                {
                    seconds = double.Parse(parts[0], CultureInfo.InvariantCulture);
                    peak = long.Parse(parts[1], CultureInfo.InvariantCulture);
                }
            }
            var csc = CscLine.Matches(run.Output).Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) / 1000.0;
            var generator = GeneratorLine.Matches(reportGenerator ? File.ReadAllText(detailedLog) : "");
            var generatorSeconds = generator.Count == 0 ? double.NaN : generator.Sum(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            return new Result(true, seconds, peak, csc, "", reportGenerator ? generatorSeconds : double.NaN);
        }
        finally
        {
            File.Delete(timeFile);
            File.Delete(detailedLog);
        }
    }

    private static string Shorten(string value) => value.Length <= 400 ? value : value.Substring(0, 400) + " …";
}
