using System.CommandLine;
using System.IO;
using KzDataset.Cli.Commands;
using Spectre.Console;

namespace KzDataset.Cli;

/// <summary>The <c>kz</c> command line: builds the commands and runs one, writing to the given writers.</summary>
public static class KzCli
{
    /// <summary>Runs <c>kz</c> with <paramref name="args"/>; returns the process exit code (0 success, 1 error).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // Nothing styles stderr, so everything on it can be made printable at the writer.
        error = new PrintableWriter(error);
        // A terminal gets colours and its own width; a pipe or file gets plain text wide enough for the tables.
        var interactive = output == System.Console.Out && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!interactive) console.Profile.Width = 200;
        var context = new CliContext(console, output, error);

        var seeds = new Option<string?>("--seeds")
        {
            Description = "Query this seeds folder (texts, sidecars, registry/) instead of the bundled corpus; it is checked first.",
            HelpName = "DIR",
            Recursive = true,
        };
        var root = new RootCommand("kz: check, start and query KzDataset corpora; without --seeds, the bundled corpus of articles on the January 2022 unrest in Kazakhstan.")
        {
            seeds,
            CheckCommand.Create(context),
            InitCommand.Create(context),
            StatsCommand.Create(context),
            ExpertsCommand.Create(context),
            QuotesCommand.Create(context),
            FiguresCommand.Create(context),
            ShowCommand.Create(context),
            ExportCommand.Create(context),
        };
        var parsed = root.Parse(args);
        context.SeedsDirectory = parsed.GetValue(seeds);
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
