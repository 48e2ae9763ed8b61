using System.IO;
using KzDataset.Cli;

namespace KzDataset.Site.Tests;

/// <summary>Runs the kz CLI in process and captures what it writes.</summary>
internal static class Kz
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = KzCli.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
