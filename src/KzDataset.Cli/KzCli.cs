using System.CommandLine;
using System.IO;
using KzDataset.Cli.Commands;
using KzDataset.Cli.Lists;
using Spectre.Console;

namespace KzDataset.Cli;

/// <summary>The <c>kz</c> command line: builds the commands and runs one, writing to the given writers.</summary>
public static class KzCli
{
    /// <summary>Runs <c>kz</c> with <paramref name="args"/>; returns the process exit code (0 success, 1 error).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // A terminal gets tables at its own width and colours; a pipe or a file gets tab-separated rows.
        var interactive = output == System.Console.Out && !System.Console.IsOutputRedirected;
        return Run(args, output, error, interactive ? Terminal.Interactive : Terminal.Redirected());
    }

    /// <summary>Runs <c>kz</c> as if its output went to <paramref name="terminal"/> (tests: a terminal of a fixed width).</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error, Terminal terminal)
    {
        // Nothing styles stderr, so everything on it can be made printable at the writer.
        error = new PrintableWriter(error);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal.Colors ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal.Colors ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (terminal.Width is { } width) console.Profile.Width = width;
        var context = new CliContext(console, terminal, output, error);

        var seeds = new Option<string?>("--seeds")
        {
            Description = "Work on this seeds folder (texts, sidecars, registry/) instead of the bundled corpus; queries check it first.",
            HelpName = "DIR",
            Recursive = true,
        };
        var root = new RootCommand("kz: check, start and query KzDataset corpora; without --seeds, the bundled corpus of articles on the January 2022 unrest in Kazakhstan.")
        {
            seeds,
            CheckCommand.Create(context),
            InitCommand.Create(context),
            DraftCommand.Create(context),
            StatsCommand.Create(context),
            ExpertsCommand.Create(context),
            QuotesCommand.Create(context),
            FiguresCommand.Create(context),
            ShowCommand.Create(context),
            ExportCommand.Create(context),
            SiteCommand.Create(context),
            DraftScoreCommand.Create(context),
        };
        var parsed = root.Parse(args);
        // A mistyped option or value gets its one-line error (and a typo correction), not the whole help text.
        if (parsed.Action is System.CommandLine.Invocation.ParseErrorAction parseError) parseError.ShowHelp = false;
        context.SeedsDirectory = parsed.GetValue(seeds);
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
