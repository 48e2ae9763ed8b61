using System;
using System.IO;
using KzDataset.Testing;

namespace KzDataset.Notebook.Tests;

/// <summary>
/// The process environment the notebooks run in. A notebook names no feed: a user's machine has the packed
/// folder among its NuGet sources (the README's <c>dotnet nuget add source</c>). The test gives the same to the
/// kernel's <c>#r "nuget: …"</c> restore, which runs in a child dotnet process that inherits this process's
/// environment, and to the dotnet commands a notebook starts, so the notebooks run exactly as committed.
/// </summary>
internal static class KernelEnvironment
{
    public static void UseFeed(PackageFeed feed)
    {
        // An MSBuild property from the environment: the kernel's restore project adds the feed to the machine's sources.
        Environment.SetEnvironmentVariable("RestoreAdditionalProjectSources", feed.Feed);
        // The feed's own packages folder: a KzDataset of the same version cached on the machine by an earlier
        // build is never used instead of the one just packed.
        Environment.SetEnvironmentVariable("NUGET_PACKAGES", feed.PackagesFolder);
        PackageNativeLibraries.ResolveFrom(feed.PackagesFolder);
        // A notebook's own temporary folders go below the feed's folder, whose nuget.config names the feed, so
        // the dotnet commands a notebook runs there (a tool install, a build) find the packages too.
        var temporary = Path.Combine(feed.Root, "tmp");
        Directory.CreateDirectory(temporary);
        Environment.SetEnvironmentVariable("TMPDIR", temporary);
        // The dotnet CLI's own home (its local-tool cache, first-run files) below the feed's folder too: the cache
        // maps a tool's id and version to a path in a packages folder, and an entry left by an earlier run points
        // into that run's deleted folder ("Run dotnet tool restore"), since every run packs the same version.
        Environment.SetEnvironmentVariable("DOTNET_CLI_HOME", Path.Combine(feed.Root, "cli-home"));
        // Set when the tests run under `dotnet test`: they would point a child restore at the outer MSBuild.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            Environment.SetEnvironmentVariable(name, null);
        }
        Environment.SetEnvironmentVariable("DOTNET_CLI_UI_LANGUAGE", "en");
        Environment.SetEnvironmentVariable("DOTNET_NOLOGO", "1");
        Environment.SetEnvironmentVariable("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
        Environment.SetEnvironmentVariable("MSBUILDDISABLENODEREUSE", "1");
    }
}
