
using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using KzDataset.Cli.Seeds;

namespace KzDataset.Cli.Commands;

/// <summary>
/// <c>kz check [DIR]</c> (or <c>kz check --seeds DIR</c>): the build's seed checks without a build, printed as the build prints them;
/// exit code 1 when there is an error, 0 otherwise (warnings included).
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string?>("DIR")
        {
            Description = "The seeds folder (texts and sidecars, registries in registry/), or give it as --seeds DIR. Default: ./seeds if there is one, else the bundled corpus.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("check", "Check a seeds folder as the build does: every KZ error and warning, located, in seconds.") { directory };
        command.SetAction(result => context.Guard(() => Run(context, Folder(result.GetValue(directory), context.SeedsDirectory))));
        return command;
    }

    /// <summary>The folder to check: DIR or --seeds DIR (the same folder when both are given).</summary>
    private static string? Folder(string? argument, string? seeds)
    {
        if (argument is null || seeds is null) return argument ?? seeds;
        if (string.Equals(Path.GetFullPath(argument), Path.GetFullPath(seeds), StringComparison.Ordinal)) return argument;
        throw new CliException($"two seeds folders given: '{argument}' and --seeds '{seeds}'; check one at a time");
    }

    private static int Run(CliContext context, string? directory)
    {
        var folder = directory is not null ? SeedFolder.Open(directory)
            : Directory.Exists("seeds") ? SeedFolder.Open("seeds")
            : SeedFolder.Bundled();
        var unreadable = folder.Files.Where(f => f.Problem is not null).ToList();
        foreach (var file in unreadable) context.Output.WriteLine(Printable.Text($"{file.Path}: error: {file.Problem}"));

        var result = folder.Check();
        var diagnostics = result.Diagnostics
            .OrderBy(d => d.Location.Path ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(d => d.Location.StartLine).ThenBy(d => d.Location.StartColumn)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var diagnostic in diagnostics) context.Output.WriteLine(Printable.Text(DiagnosticPrinter.Format(diagnostic, folder.Name)));

        var errors = unreadable.Count + diagnostics.Count(d => d.Rule.Severity == KzDataset.Core.Diagnostics.KzSeverity.Error);
        var warnings = diagnostics.Count - (errors - unreadable.Count);
        context.Output.WriteLine(Printable.Text(string.Create(CultureInfo.InvariantCulture,
            $"{folder.Name}: {Format.Count(folder.Files.Count, "file")}, {Format.Count(result.Corpus.Articles.Count, "article")}; {Format.Count(errors, "error")}, {Format.Count(warnings, "warning")}")));
        return errors > 0 ? 1 : 0;
    }
}
