using System.CommandLine;
using System.Globalization;
using System.Linq;
using Spectre.Console;

namespace KzDataset.Cli.Commands;

/// <summary><c>kz experts</c>: the experts (or, with --all, everyone) with their affiliation and quote counts.</summary>
internal static class ExpertsCommand
{
    public static Command Create(CliContext context)
    {
        var all = new Option<bool>("--all") { Description = "List every person (officials, leaders, organisations…), not only experts." };
        var command = new Command("experts", "The experts quoted in the corpus, with affiliation, role, quotes and articles.") { all };
        command.SetAction(result => context.Guard(() => Run(context, result.GetValue(all))));
        return command;
    }

    private static int Run(CliContext context, bool everyone)
    {
        var people = everyone ? context.Corpus.People : context.Corpus.Experts.Cast<Person>().ToList();
        var table = new Table().Title(everyone ? "KzDataset: people" : "KzDataset: experts").Border(TableBorder.Rounded);
        table.AddColumns("Id", "Name", "Kind", "Affiliation", "Role", "Quotes", "Articles");
        table.Columns[5].RightAligned();
        table.Columns[6].RightAligned();
        foreach (var person in people)
        {
            table.AddRow(
                Printable.Markup(person.Id),
                Printable.Markup(person.Name),
                person.Kind.ToString(),
                Printable.Markup(person.Affiliation ?? string.Empty),
                Printable.Markup(person.Role ?? string.Empty),
                person.Quotes.Count.ToString(CultureInfo.InvariantCulture),
                person.Articles.Count.ToString(CultureInfo.InvariantCulture));
        }
        context.Console.Write(table);
        return 0;
    }
}
