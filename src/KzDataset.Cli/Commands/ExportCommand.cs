using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using KzDataset.Cli.Export;
using Spectre.Console;

namespace KzDataset.Cli.Commands;

/// <summary><c>kz export --format FORMAT --out DIR</c>: the corpus as files for other tools.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "json (arrays), jsonl (one object per line), csv or parquet (normalized tables with datapackage.json), or duckdb (kz.duckdb with tables and views).",
            DefaultValueFactory = _ => "json",
        };
        var output = new Option<string>("--out")
        {
            Description = "The folder to write: new, empty, or an earlier kz export (replaced as a whole once the new export is complete).",
            Required = true,
        };
        var command = new Command("export", "Write the corpus as files for other tools: JSON, JSON Lines, CSV, Parquet or a DuckDB database.") { format, output };
        command.SetAction(result => context.Guard(() => Run(context, result.GetValue(format)!, result.GetValue(output)!)));
        return command;
    }

    private static int Run(CliContext context, string format, string directory)
    {
        if (!ExportFormats.All.Contains(format, StringComparer.Ordinal))
        {
            throw new CliException($"unknown format '{format}'. Known: {string.Join(", ", ExportFormats.All)}");
        }
        var corpus = context.Corpus;
        var packageName = PackageName(context.CorpusName);
        IReadOnlyList<string> written;
        try
        {
            // A terminal sees the steps go by; a pipe or a file gets only the list of files.
            written = context.Console.Profile.Capabilities.Ansi
                ? context.Console.Progress().AutoClear(true).Start(progress => ExportRunner.Run(corpus, format, directory, packageName, new SpectreExportProgress(progress)))
                : ExportRunner.Run(corpus, format, directory, packageName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            throw new CliException($"cannot write to '{directory}': {ex.Message}");
        }
        foreach (var path in written) context.Output.WriteLine(Printable.Text(path));
        return 0;
    }

    // Data package names are lower-case letters, digits and . _ -
    private static string PackageName(string corpusName)
    {
        var name = new string(corpusName.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-').ToArray()).Trim('-');
        return name.Length == 0 ? "kz-corpus" : name;
    }
}
