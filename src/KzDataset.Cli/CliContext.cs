using System;
using System.IO;
using Spectre.Console;

namespace KzDataset.Cli;

/// <summary>Where a command writes: a Spectre console for tables, plain writers for data and errors.</summary>
internal sealed class CliContext
{
    public CliContext(IAnsiConsole console, Lists.Terminal terminal, TextWriter output, TextWriter error)
    {
        Console = console;
        Terminal = terminal;
        Output = output;
        Error = error;
    }

    public IAnsiConsole Console { get; }

    /// <summary>Where standard output goes: a terminal or a pipe, which decides the list commands' default format.</summary>
    public Lists.Terminal Terminal { get; }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>The seeds folder given with <c>--seeds</c>, or null for the bundled corpus.</summary>
    public string? SeedsDirectory { get; set; }

    /// <summary>The corpus the query commands read: the bundled one, or the one in <see cref="SeedsDirectory"/> (checked first).</summary>
    public Corpus Corpus => _corpus ??= SeedsDirectory is null ? KzDataset.KzCorpus.Instance : Seeds.SeedFolder.Open(SeedsDirectory).Load();

    /// <summary>How the corpus is named in titles.</summary>
    public string CorpusName => SeedsDirectory is null ? "KzDataset" : Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(SeedsDirectory)));

    private Corpus? _corpus;

    /// <summary>Runs a command body; a <see cref="CliException"/> becomes a message on stderr and exit code 1.</summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliException ex)
        {
            Error.WriteLine("kz: " + ex.Message);
            return 1;
        }
    }
}

/// <summary>A user error: an unknown name, a bad option value. Shown as one line, never as a stack trace.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message) : base(message)
    {
    }
}
