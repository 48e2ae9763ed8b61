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
        var table = new Table().Title(Printable.Markup(context.CorpusName + ": articles")).Border(TableBorder.Rounded);
        table.AddColumns("Article", "Outlet", "Published", "Format", "Quotes", "Figures", "Experts", "People", "Corrections");
        foreach (var column in table.Columns.Skip(4)) column.RightAligned();

        foreach (var article in context.Corpus.Articles)
        {
            table.AddRow(
                Printable.Markup(article.Id),
                Printable.Markup(article.Outlet.Name + (article.OutletInferred ? " (inferred)" : string.Empty)),
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
            $"[bold]{context.Corpus.Articles.Count} articles[/]",
            string.Empty,
            string.Empty,
            string.Empty,
            Count(context.Corpus.Quotes.Count),
            Count(context.Corpus.Figures.Count),
            Count(context.Corpus.Experts.Count),
            Count(context.Corpus.People.Count),
            Count(context.Corpus.Corrections.Count));
        context.Console.Write(table);
        return 0;
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
