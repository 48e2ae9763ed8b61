using System;

namespace KzDataset.Cli;

internal static class Program
{
    private static int Main(string[] args) => KzCli.Run(args, Console.Out, Console.Error);
}
