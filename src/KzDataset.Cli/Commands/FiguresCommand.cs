using System.CommandLine;
using System.Linq;
using Spectre.Console;

namespace KzDataset.Cli.Commands;

/// <summary><c>kz figures</c>: figures, optionally of one measure, so sources that disagree show side by side.</summary>
internal static class FiguresCommand
{
    public static Command Create(CliContext context)
    {
        var measure = new Option<string?>("--measure") { Description = "Only figures of this measure (id such as troops-deployed, or its name)." };
        var article = new Option<string?>("--article") { Description = "Only figures from this article (id or seed file)." };
        var command = new Command("figures", "Figures with their value, unit, measure, qualifier and source.") { measure, article };
        command.SetAction(result => context.Guard(() => Run(context, result.GetValue(measure), result.GetValue(article))));
        return command;
    }

    private static int Run(CliContext context, string? measureName, string? articleId)
    {
        var measure = measureName is null ? null : Lookup.Measure(context.Corpus, measureName);
        var article = articleId is null ? null : Lookup.Article(context.Corpus, articleId);
        var figures = context.Corpus.Figures
            .Where(f => measure is null || f.Measure == measure)
            .Where(f => article is null || f.Article == article)
            .ToList();

        var title = measure is null ? $"{figures.Count} figure(s)" : $"{figures.Count} figure(s) of {measure.Name}";
        var table = new Table().Title(Printable.Markup(title)).Border(TableBorder.Rounded);
        table.AddColumns("Id", "Value", "Unit", "Measure", "Subject", "Text", "Stated by", "Outlet");
        foreach (var figure in figures)
        {
            table.AddRow(
                Printable.Markup(figure.Id),
                Printable.Markup(Format.FigureValue(figure)),
                Printable.Markup(figure.Unit.Id),
                Printable.Markup(figure.Measure.Id),
                Printable.Markup(Format.Clip(figure.Subject, 60)),
                Printable.Markup(figure.Text),
                Printable.Markup(figure.StatedBy?.Name ?? "(outlet)"),
                Printable.Markup(figure.Article.Outlet.Name));
        }
        context.Console.Write(table);
        return 0;
    }
}
