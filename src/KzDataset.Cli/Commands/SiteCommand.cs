using System;
using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading;
using KzDataset.Cli.Site;

namespace KzDataset.Cli.Commands;

/// <summary>
/// <c>kz site --out DIR [--seeds DIR] [--watch]</c>: a static site of the corpus (articles with their
/// annotations on the text, people, figures, a quote search), errors included: an article with KZ
/// errors is shown with each diagnostic at its place. Exit code 0 once the site is written, KZ errors
/// or not; 1 for a user error (no --out, an --out that is a file, no seeds folder).
/// </summary>
internal static class SiteCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--out") { Description = "The folder to write the site into (created if need be).", HelpName = "DIR" };
        var watch = new Option<bool>("--watch") { Description = "Rebuild the site whenever a seed file changes, until Ctrl+C (needs --seeds)." };
        var command = new Command("site", "Write a static HTML site of the corpus: annotated articles, people, figures, quote search; KZ errors shown in place.") { output, watch };
        command.SetAction(result => context.Guard(() => Run(context, result.GetValue(output), result.GetValue(watch))));
        return command;
    }

    private static int Run(CliContext context, string? output, bool watch)
    {
        var build = SiteBuild.Create(context.SeedsDirectory, output);
        if (watch && build.SeedsDirectory is null) throw new CliException("--watch needs --seeds DIR: the bundled corpus does not change");
        var summary = build.Run();
        context.Output.WriteLine(Summary(summary, output!));
        if (!watch) return 0;

        // Ctrl+C (SIGINT) or a SIGTERM ends the watch, and the command returns as any other does.
        using var stop = new ManualResetEventSlim();
        Action<PosixSignalContext> end = signal => { signal.Cancel = true; stop.Set(); };
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, end);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, end);
        using var watcher = new SiteWatcher(build, line => context.Output.WriteLine(line));
        watcher.Start();
        context.Output.WriteLine("kz: watching " + build.SeedsDirectory + " (Ctrl+C to stop)");
        stop.Wait();
        return 0;
    }

    /// <summary>The one line a build prints: pages written, how many KZ errors (and warnings) they show.</summary>
    public static string Summary(SiteSummary summary, string output)
        => string.Create(CultureInfo.InvariantCulture,
            $"kz site: {Format.Count(summary.Pages, "page")} written to {output} ({Format.Count(summary.Files, "file")}, {summary.Bytes:N0} bytes); {Format.Count(summary.Errors, "error")} and {Format.Count(summary.Warnings, "warning")} shown");
}
