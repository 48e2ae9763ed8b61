using System;
using System.Text.RegularExpressions;
using Xunit;

namespace KzDataset.Testing;

/// <summary>Assertions on a finished process that put its whole output in the failure message.</summary>
internal static partial class ProcessResultAssertions
{
    public static void AssertSucceeded(this ProcessResult result)
    {
        Assert.True(result.Succeeded, "Expected success: " + result.Describe());
    }

    public static void AssertFailed(this ProcessResult result)
    {
        Assert.False(result.TimedOut, result.Describe());
        Assert.True(result.ExitCode != 0, "Expected a failure: " + result.Describe());
    }

    /// <summary>A build that succeeded with no warning at all (the consumer projects turn compiler warnings into errors,
    /// but MSBuild and NuGet warnings would still pass) and no KZ diagnostic.</summary>
    public static void AssertCleanBuild(this ProcessResult result)
    {
        result.AssertSucceeded();
        Assert.True(WarningCount().Match(result.Output) is { Success: true } m && m.Groups[1].Value == "0", "Expected no warnings: " + result.Describe());
        Assert.True(!result.Output.Contains("KZ0", StringComparison.Ordinal), "Expected no KZ diagnostic: " + result.Describe());
    }

    public static void AssertOutputContains(this ProcessResult result, string expected)
    {
        Assert.True(result.Output.Contains(expected, StringComparison.Ordinal), $"Expected \"{expected}\" in the output of " + result.Describe());
    }

    [GeneratedRegex(@"^\s*(\d+) Warning\(s\)", RegexOptions.Multiline)]
    private static partial Regex WarningCount();
}
