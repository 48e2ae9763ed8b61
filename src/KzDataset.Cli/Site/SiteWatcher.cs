using System;
using System.IO;
using System.Threading;
using KzDataset.Core.Parsing;

namespace KzDataset.Cli.Site;

/// <summary>
/// <c>kz site --watch</c>: rebuilds the site when a seed file changes. Editors save in bursts (a
/// temporary file, a rename, a second write), so changes are gathered for a short quiet time
/// before one rebuild. The rebuild itself is <see cref="Rebuild"/>, which tests call directly.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    /// <summary>How long the seeds must be quiet before a rebuild.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    private readonly SiteBuild _build;
    private readonly Action<string> _report;
    private readonly Timer _timer;
    private readonly object _gate = new();
    private FileSystemWatcher? _watcher;

    /// <param name="report">Where each rebuild's one-line summary (or its error) goes.</param>
    public SiteWatcher(SiteBuild build, Action<string> report)
    {
        _build = build;
        _report = report;
        _timer = new Timer(_ => Rebuild(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Starts watching the seeds folder (and its registry folder).</summary>
    public void Start()
    {
        _watcher = new FileSystemWatcher(_build.SeedsDirectory!)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, e) => Changed(e.FullPath);
        _watcher.Changed += changed;
        _watcher.Created += changed;
        _watcher.Deleted += changed;
        _watcher.Renamed += (_, e) => { Changed(e.OldFullPath); Changed(e.FullPath); };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Whether a changed path is a seed file (a text, a sidecar, a registry), relative to the seeds folder.</summary>
    public static bool IsSeed(string seedsDirectory, string path)
        => SeedLayout.KindOf(seedsDirectory, path) != SeedKind.None;

    /// <summary>A file changed: a rebuild once the seeds have been quiet for <see cref="Quiet"/>.</summary>
    public void Changed(string path)
    {
        if (IsSeed(_build.SeedsDirectory!, path)) _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Builds the site now and reports it; a seeds folder that cannot be read is reported, and the watch goes on.</summary>
    public SiteSummary? Rebuild()
    {
        lock (_gate)
        {
            try
            {
                var summary = _build.Run();
                _report(Commands.SiteCommand.Summary(summary, _build.OutputDirectory));
                return summary;
            }
            catch (Exception ex) when (ex is CliException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                _report("kz: " + ex.Message + " (still watching)");
                return null;
            }
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _timer.Dispose();
    }
}
