using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace KzDataset.Tests.Site;

/// <summary>A site written by <c>kz site</c> into a temporary folder, with its pages parsed by a real HTML parser.</summary>
internal sealed class SiteOutput : IDisposable
{
    public const string Csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

    private SiteOutput(string folder, int exitCode, string output, string error)
    {
        Folder = folder;
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    public string Folder { get; }

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    /// <summary>Runs <c>kz [--seeds DIR] site --out TEMP</c>.</summary>
    public static SiteOutput Build(string? seeds = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kz-site-" + Guid.NewGuid().ToString("N"));
        var args = seeds is null ? new[] { "site", "--out", folder } : ["--seeds", seeds, "site", "--out", folder];
        var (exitCode, output, error) = CliRunner.Run(args);
        return new SiteOutput(folder, exitCode, output, error);
    }

    /// <summary>Every file written, by its path relative to the site's folder ('/'-separated), in ordinal order.</summary>
    public IReadOnlyList<string> Files => Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
        .OrderBy(f => f, StringComparer.Ordinal)
        .ToList();

    public IEnumerable<string> Pages => Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal));

    public string Read(string page) => File.ReadAllText(Path.Combine(Folder, page));

    public IDocument Page(string page)
    {
        var path = Path.Combine(Folder, page);
        Assert.True(File.Exists(path), page + " was not written");
        return new HtmlParser().ParseDocument(File.ReadAllText(path));
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
