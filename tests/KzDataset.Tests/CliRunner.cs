using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KzDataset.Cli;
using KzDataset.Cli.Lists;
using Xunit;

namespace KzDataset.Tests;

/// <summary>Runs the kz CLI in process and captures what it writes.</summary>
internal static class CliRunner
{
    /// <summary>As in a pipe: list commands print tsv unless asked otherwise.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = KzCli.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>As on a terminal <paramref name="width"/> columns wide: list commands print tables.</summary>
    public static (int ExitCode, string Output, string Error) RunAt(int width, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = KzCli.Run(args, output, error, Terminal.OfWidth(width));
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The rows of a tsv output, each a field → value map (after the header line).</summary>
    public static List<Dictionary<string, string>> Tsv(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        var header = lines[0].Split('\t');
        return lines.Skip(1).Select(line =>
        {
            var values = line.Split('\t');
            Assert.Equal(header.Length, values.Length);
            return header.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }).ToList();
    }
}
