using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace KzDataset.Bench.Scaling;

/// <summary>Runs a process to completion, capturing its output, with a wall-clock time and a timeout.</summary>
internal static class ProcessRunner
{
    public sealed record Result(int ExitCode, string Output, double Seconds);

    public static Result Run(string file, IEnumerable<string> arguments, string? workingDirectory = null, int timeoutSeconds = 3600,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        // A child must not inherit a terminal logger or an MSBuild node of ours.
        start.Environment["MSBUILDNOINPROCNODE"] = null;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            return new Result(-1, "timed out after " + timeoutSeconds + " s", clock.Elapsed.TotalSeconds);
        }
        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString(), clock.Elapsed.TotalSeconds);
    }

    /// <summary>This bench again, in a fresh process (JIT and all), with the given arguments.</summary>
    /// <summary>
    /// This program again, in a fresh process. Children run with server GC, as the C# compiler does
    /// (its runtimeconfig sets System.GC.Server), so the generator is timed under the compiler's collector.
    /// </summary>
    public static Result Self(params string[] arguments)
    {
        var self = Environment.ProcessPath!;
        var viaHost = self.EndsWith("dotnet", StringComparison.Ordinal) || self.EndsWith("dotnet.exe", StringComparison.Ordinal);
        var all = new List<string>();
        if (viaHost) all.Add(typeof(ProcessRunner).Assembly.Location);
        all.AddRange(arguments);
        return Run(self, all, environment: new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" });
    }
}
