using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Testing;

/// <summary>
/// The packages as a user gets them: the solution packed into a feed in a temporary folder outside the
/// repository, with a nuget.config there that adds the feed to the machine's sources and keeps restored
/// packages in that folder (a stale cached 0.2.0 is never used). Every dotnet process of the tests runs in
/// that folder, so none of the repository's Directory.*.props or global.json apply.
/// </summary>
public sealed class PackageFeed : IAsyncLifetime
{
    private static readonly string[] PackageIds = ["KzDataset", "KzDataset.Generator", "KzDataset.Runtime", "KzDataset.Tool"];

    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _shared = new();

    public PackageFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "kz-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Version = ReadVersion();
    }

    /// <summary>The temporary folder that holds the feed, the config, the restored packages and every project.</summary>
    public string Root { get; }

    public string Feed => Path.Combine(Root, "feed");

    public string NuGetConfig => Path.Combine(Root, "nuget.config");

    public string PackagesFolder => Path.Combine(Root, "packages");

    /// <summary>The packages' version, as the repository defines it once.</summary>
    public string Version { get; }

    public async ValueTask InitializeAsync()
    {
        Assert.False(IsInside(Root, RepositoryPaths.Root), $"The temporary folder {Root} is inside the repository.");
        Directory.CreateDirectory(Root);

        // --artifacts-path keeps the Release build out of the repository (and away from the Debug build running the tests).
        var pack = await RunDotnetAsync(Root, ["pack", RepositoryPaths.Combine("KzDataset.sln"), "-c", "Release", "-o", Feed,
            "--artifacts-path", Path.Combine(Root, "artifacts"), "-tl:off"], TestContext.Current.CancellationToken, isolatedPackages: false);
        pack.AssertSucceeded();
        AssertFeedHoldsThePackages(pack);
        WriteNuGetConfig();
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs dotnet in a folder of the feed's temporary folder, with the tests' environment.</summary>
    public Task<ProcessResult> RunDotnetAsync(string workingDirectory, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        RunDotnetAsync(workingDirectory, arguments, cancellationToken, isolatedPackages: true);

    /// <summary>Runs an installed program (the kz tool) the same way.</summary>
    public Task<ProcessResult> RunProgramAsync(string program, string workingDirectory, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        Assert.True(IsInside(workingDirectory, Root), $"{workingDirectory} is not inside {Root}.");
        var environment = Environment(isolatedPackages: true);
        // A tool's launcher finds the runtime through DOTNET_ROOT: the one running the tests, wherever it is installed.
        if (System.Environment.GetEnvironmentVariable("DOTNET_ROOT") is null && DotnetHost() is { } host)
        {
            environment["DOTNET_ROOT"] = Path.GetDirectoryName(new FileInfo(host).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? host);
        }
        return ProcessRunner.RunAsync(program, arguments, workingDirectory, environment, cancellationToken);
    }

    /// <summary>
    /// Something several tests use (a project built once, the installed tool), made by the first test that asks.
    /// </summary>
    public async Task<T> SharedAsync<T>(string key, Func<Task<T>> create)
        where T : class
    {
        var shared = _shared.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await create()));
        return (T)await shared.Value;
    }

    /// <summary>The restore took the package from the feed, not from another source that has the same id and version.</summary>
    public void AssertRestoredFromFeed(string packageId)
    {
        var metadata = Path.Combine(PackagesFolder, packageId.ToLowerInvariant(), Version.ToLowerInvariant(), ".nupkg.metadata");
        Assert.True(File.Exists(metadata), $"{packageId} {Version} was not restored into {PackagesFolder}.");
        using var json = JsonDocument.Parse(File.ReadAllText(metadata));
        var source = json.RootElement.GetProperty("source").GetString() ?? "";
        Assert.Equal(Path.TrimEndingDirectorySeparator(Feed), Path.TrimEndingDirectorySeparator(source));
    }

    private Task<ProcessResult> RunDotnetAsync(string workingDirectory, IEnumerable<string> arguments, CancellationToken cancellationToken, bool isolatedPackages)
    {
        Assert.True(IsInside(workingDirectory, Root), $"{workingDirectory} is not inside {Root}.");
        return ProcessRunner.RunAsync(DotnetHost() ?? "dotnet", arguments, workingDirectory, Environment(isolatedPackages), cancellationToken);
    }

    /// <summary>The dotnet that runs the tests, when the test platform says which (else the one on the PATH).</summary>
    private static string? DotnetHost() => System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : null;

    private static Dictionary<string, string?> Environment(bool isolatedPackages)
    {
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            // English messages ("0 Warning(s)") whatever the machine's language; no MSBuild node outlives a test.
            ["DOTNET_CLI_UI_LANGUAGE"] = "en",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            // Set when the tests run under `dotnet test`: they would point a child build at the outer one's MSBuild.
            ["MSBuildExtensionsPath"] = null,
            ["MSBuildSDKsPath"] = null,
            ["MSBUILD_EXE_PATH"] = null,
            ["MSBuildLoadMicrosoftTargetsReadOnly"] = null,
        };
        if (isolatedPackages)
        {
            // NUGET_PACKAGES would override the config's globalPackagesFolder.
            environment["NUGET_PACKAGES"] = null;
        }
        return environment;
    }

    private void AssertFeedHoldsThePackages(ProcessResult pack)
    {
        var files = Directory.GetFiles(Feed).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        var expected = PackageIds.Select(id => $"{id}.{Version}.nupkg").Order(StringComparer.Ordinal).ToArray();
        var listing = $"The feed holds: {string.Join(", ", files)}. {pack.Describe()}";

        Assert.True(expected.SequenceEqual(files.Where(f => f.EndsWith(".nupkg", StringComparison.Ordinal))), $"Expected exactly {string.Join(", ", expected)}. {listing}");
        var others = files.Where(f => !f.EndsWith(".nupkg", StringComparison.Ordinal)).ToArray();
        Assert.True(others.All(f => expected.Contains(Path.ChangeExtension(f, ".nupkg"), StringComparer.Ordinal) && f.EndsWith(".snupkg", StringComparison.Ordinal)),
            $"Only the packages' symbols may be beside them. {listing}");
    }

    private void WriteNuGetConfig()
    {
        // No <clear/>: the machine's sources stay, for anything the feed does not hold.
        var config = new XDocument(
            new XElement("configuration",
                new XElement("packageSources",
                    new XElement("add", new XAttribute("key", "kz-package-tests"), new XAttribute("value", Feed))),
                new XElement("config",
                    new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", PackagesFolder)))));
        config.Save(NuGetConfig);
    }

    private static string ReadVersion()
    {
        var props = XDocument.Load(RepositoryPaths.Combine("Directory.Build.props"));
        var version = props.Descendants("VersionPrefix").Select(e => e.Value.Trim()).SingleOrDefault();
        Assert.False(string.IsNullOrEmpty(version), "Directory.Build.props defines no VersionPrefix.");
        return version;
    }

    private static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
