using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using KzDataset.Cli.Export;

namespace KzDataset.Cli.Commands;

/// <summary><c>kz export --format json --out DIR</c>: the corpus as files for other tools.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "json (arrays) or jsonl (one object per line).", DefaultValueFactory = _ => "json" };
        var output = new Option<string>("--out") { Description = "The directory to write into (created if missing).", Required = true };
        var command = new Command("export", "Write articles, experts (all people, with their kind), quotes, figures, corrections and turns as files.") { format, output };
        command.SetAction(result => context.Guard(() => Run(context, result.GetValue(format)!, result.GetValue(output)!)));
        return command;
    }

    private static int Run(CliContext context, string format, string directory)
    {
        if (!JsonExporter.Formats.Contains(format, StringComparer.Ordinal))
        {
            throw new CliException($"unknown format '{format}'. Known: {string.Join(", ", JsonExporter.Formats)}");
        }
        try
        {
            foreach (var path in JsonExporter.Write(context.Corpus, directory, format)) context.Output.WriteLine(Printable.Text(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write to '{directory}': {ex.Message}");
        }
        return 0;
    }
}
