using System.CommandLine;
using System.IO;
using System.Linq;
using KzDataset.Cli.Drafting.Scoring;
using KzDataset.Cli.Lists;
using Spectre.Console;

namespace KzDataset.Cli.Commands;

/// <summary>
/// <c>kz draft-score TRUTH DRAFT</c>: how well drafted annotations match true ones, per article and in total
/// (quotes, figures, exclusions), and which of the drafter's targets the total meets.
/// </summary>
internal static class DraftScoreCommand
{
    public static Command Create(CliContext context)
    {
        var truth = new Argument<string>("TRUTH") { Description = "The seeds folder with the true (reviewed) sidecars." };
        var draft = new Argument<string>("DRAFT") { Description = "The seeds folder with drafted sidecars for the same texts (as kz draft writes them)." };
        var format = new Option<string?>("--format")
        {
            Description = "table, markdown, tsv or json. Default: table on a terminal, tsv in a pipe or file.",
            HelpName = "table|markdown|tsv|json",
        };
        format.AcceptOnlyFromAmong("table", "markdown", "tsv", "json");
        var command = new Command("draft-score", "Scores drafted annotations against true ones: quotes and figures found (recall), drafted ones that are right (precision), speakers, values, exclusions; per article and in total, with the drafter's targets.")
        {
            truth, draft, format,
        };
        command.SetAction(result => context.Guard(() => Run(context, result.GetValue(truth)!, result.GetValue(draft)!, result.GetValue(format))));
        return command;
    }

    private static int Run(CliContext context, string truth, string draft, string? format)
    {
        var score = ScoredFolders.Score(truth, draft);
        var rows = score.Articles.Append(score.Total).ToList();
        if (score.Unpaired.Count > 0) context.Error.WriteLine($"kz: {Format.Count(score.Unpaired.Count, "drafted article")} with no true article, not scored: {string.Join(", ", score.Unpaired)}");
        if (format == "markdown")
        {
            ScoreMarkdown.Write(context.Output, score);
            return 0;
        }
        var list = format is null ? context.Terminal.DefaultFormat : ListFormatOption.Resolve(format, context.Terminal);
        if (list != ListFormat.Table)
        {
            ListWriter.Write(context, list, string.Empty, ScoreColumns.All, rows);
            return 0;
        }
        var title = $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(draft)))} against {Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(truth)))}: {Format.Count(score.Articles.Count, "article")}";
        ListWriter.Write(context, ListFormat.Table, title + ", quotes", ScoreColumns.Quotes, rows);
        context.Console.WriteLine();
        ListWriter.Write(context, ListFormat.Table, title + ", figures and exclusions", ScoreColumns.FiguresAndExclusions, rows);
        context.Console.WriteLine();
        var targets = new Table().Border(TableBorder.Rounded).AddColumns("Target", "Measured", "Met");
        foreach (var target in DraftTargets.Evaluate(score.Total)) targets.AddRow(Printable.Markup(target.Target), Printable.Markup(target.Measured), target.Met ? "met" : "[red]not met[/]");
        context.Console.Write(targets);
        return 0;
    }
}
