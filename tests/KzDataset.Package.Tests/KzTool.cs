using System.IO;
using System.Threading;
using System.Threading.Tasks;
using KzDataset.Testing;

namespace KzDataset.Package.Tests;

/// <summary>The kz tool installed from the feed into a tool path of the temporary folder, once per run.</summary>
internal sealed class KzTool
{
    private readonly PackageFeed _feed;

    private KzTool(PackageFeed feed, string program)
    {
        _feed = feed;
        Program = program;
    }

    public string Program { get; }

    public static Task<KzTool> InstallAsync(PackageFeed feed, CancellationToken cancellationToken) =>
        feed.SharedAsync(nameof(KzTool), () => CreateAsync(feed, cancellationToken));

    public Task<ProcessResult> RunAsync(CancellationToken cancellationToken, params string[] arguments) =>
        _feed.RunProgramAsync(Program, _feed.Root, arguments, cancellationToken);

    private static async Task<KzTool> CreateAsync(PackageFeed feed, CancellationToken cancellationToken)
    {
        var tools = Path.Combine(feed.Root, "tools");
        var install = await feed.RunDotnetAsync(feed.Root, ["tool", "install", "KzDataset.Tool", "--version", feed.Version,
            "--tool-path", tools, "--add-source", feed.Feed, "--configfile", feed.NuGetConfig], cancellationToken);
        install.AssertSucceeded();
        var program = Path.Combine(tools, System.OperatingSystem.IsWindows() ? "kz.exe" : "kz");
        Xunit.Assert.True(File.Exists(program), $"No kz command in {tools} after " + install.Describe());
        return new KzTool(feed, program);
    }
}
