using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace KzDataset.Testing;

/// <summary>Starts a program with a given environment and working directory, captures its output and
/// stops it (with its children) when it runs past the timeout.</summary>
internal static class ProcessRunner
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    // A program that leaves a child holding its output open (a build server) must not hang the test.
    private static readonly TimeSpan OutputDrain = TimeSpan.FromSeconds(10);

    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string?> environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var command = string.Join(' ', new[] { fileName }.Concat(start.ArgumentList.Select(Quote)));
        var combined = new StringBuilder();
        var standardOutput = new StringBuilder();
        var outputClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var errorClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data, standardOutput, outputClosed);
        process.ErrorDataReceived += (_, e) => Append(e.Data, null, errorClosed);

        void Append(string? line, StringBuilder? stream, TaskCompletionSource closed)
        {
            if (line is null)
            {
                closed.TrySetResult();
                return;
            }
            lock (combined)
            {
                combined.AppendLine(line);
                stream?.AppendLine(line);
            }
        }

        var clock = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }
        await Task.WhenAny(Task.WhenAll(outputClosed.Task, errorClosed.Task), Task.Delay(OutputDrain, CancellationToken.None));
        clock.Stop();

        lock (combined)
        {
            return new ProcessResult(command, workingDirectory, process.ExitCode, timedOut, clock.Elapsed, standardOutput.ToString(), combined.ToString());
        }
    }

    private static string Quote(string argument) => argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c == '"') ? argument : "\"" + argument.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
