using System.CommandLine;
using System.Globalization;
using System.Linq;
using Spectre.Console;

namespace KzDataset.Cli.Commands;

/// <summary><c>kz stats</c>: one row per article with its outlet, date and annotation counts.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("stats", "A table of the articles: outlet, date, format and counts of quotes, figures, experts and people.");
        command.SetAction(_ => context.Guard(() => Run(context)));
        return command;
    }

    private static int Run(CliContext context)
    {
        var table = new Table().Title("KzDataset: articles").Border(TableBorder.Rounded);
        table.AddColumns("Article", "Outlet", "Published", "Format", "Quotes", "Figures", "Experts", "People", "Corrections");
        foreach (var column in table.Columns.Skip(4)) column.RightAligned();

        foreach (var article in Articles.All)
        {
            table.AddRow(
                Printable.Markup(article.Id),
                Printable.Markup(article.OutletInfo.Name + (article.OutletInferred ? " (inferred)" : string.Empty)),
                Printable.Markup(Format.Date(article.Published)),
                article.Format.ToString(),
                Count(article.Quotes.Count),
                Count(article.Figures.Count),
                Count(article.Experts.Count()),
                Count(article.People.Count),
                Count(article.Corrections.Count));
        }
        table.AddEmptyRow();
        table.AddRow(
            $"[bold]{Articles.All.Count} articles[/]",
            string.Empty,
            string.Empty,
            string.Empty,
            Count(Quotes.All.Count),
            Count(Figures.All.Count),
            Count(Experts.All.Count),
            Count(People.All.Count),
            Count(Corrections.All.Count));
        context.Console.Write(table);
        return 0;
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
