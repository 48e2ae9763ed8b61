using System;
using System.Collections.Generic;
using System.Diagnostics;
using Xunit;

namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>The tests' one way to run the dotnet host (the one running the tests, if the SDK says which) and read what it printed.</summary>
internal static class DotnetProcess
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static Result Run(IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.True(process.WaitForExit(timeout), $"dotnet {string.Join(' ', start.ArgumentList)} did not finish in {timeout}");
        return new Result(process.ExitCode, output.Result, errors.Result);
    }
}
