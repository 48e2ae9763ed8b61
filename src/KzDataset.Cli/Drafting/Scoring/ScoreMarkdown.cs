using System.Collections.Generic;
using System.IO;
using System.Linq;
using KzDataset.Cli.Lists;

namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>A score as Markdown (what the docs show): a quotes table, a figures and exclusions table, one row per article and a total, then the targets.</summary>
internal static class ScoreMarkdown
{
    public static void Write(TextWriter output, DraftScore score, bool perArticle = true)
    {
        var rows = perArticle ? [.. score.Articles, score.Total] : new List<ArticleScore> { score.Total };
        output.Write("Quotes:\n\n");
        Table(output, ScoreColumns.Quotes, rows);
        output.Write("\nFigures and exclusions:\n\n");
        Table(output, ScoreColumns.FiguresAndExclusions, rows);
        output.Write("\nTargets:\n\n");
        TargetTable(output, DraftTargets.Evaluate(score.Total));
    }

    public static void TargetTable(TextWriter output, IReadOnlyList<TargetResult> targets)
    {
        output.Write("| target | measured | met |\n|---|---|---|\n");
        foreach (var target in targets) output.Write($"| {Cell(target.Target)} | {Cell(target.Measured)} | {(target.Met ? "met" : "not met")} |\n");
    }

    private static void Table(TextWriter output, IReadOnlyList<Column<ArticleScore>> columns, IReadOnlyList<ArticleScore> rows)
    {
        var shown = columns.Where(c => c.InTable).ToList();
        output.Write("| " + string.Join(" | ", shown.Select(c => Cell(c.Header))) + " |\n");
        output.Write("|" + string.Join("|", shown.Select(c => c.Kind == ColumnKind.Number ? "---:" : "---")) + "|\n");
        foreach (var row in rows)
        {
            output.Write("| " + string.Join(" | ", shown.Select(c => Cell(ValueText.Of(c.Value(row))))) + " |\n");
        }
    }

    private static string Cell(string text) => Printable.Text(text).Replace("|", "\\|", System.StringComparison.Ordinal);
}
