using System;
using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Testing;

/// <summary>What one process did: its exit code and everything it wrote, for assertions and their messages.</summary>
public sealed record ProcessResult(string Command, string WorkingDirectory, int ExitCode, bool TimedOut, TimeSpan Elapsed, string StandardOutput, string Output)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>The non-empty lines the program wrote to standard output.</summary>
    public IReadOnlyList<string> OutputLines => StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

    /// <summary>The value of a <c>key=value</c> line the program wrote (the consumer programs print their answers so).</summary>
    public string Value(string key)
    {
        var line = OutputLines.FirstOrDefault(l => l.StartsWith(key + "=", StringComparison.Ordinal));
        return line?[(key.Length + 1)..] ?? throw new Xunit.Sdk.XunitException($"No \"{key}=\" line in the output of " + Describe());
    }

    /// <summary>The command, how it ended and its whole output (stdout and stderr as they came).</summary>
    public string Describe()
    {
        var ending = TimedOut ? "timed out" : "exited " + ExitCode;
        return $"`{Command}` (in {WorkingDirectory}) {ending} after {Elapsed.TotalSeconds:0.0} s; output:{Environment.NewLine}{Output}";
    }
}
