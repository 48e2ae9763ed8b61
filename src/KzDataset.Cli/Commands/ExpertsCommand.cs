using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using KzDataset.Cli.Lists;

namespace KzDataset.Cli.Commands;

/// <summary><c>kz experts</c>: the experts (or, with --all, everyone) with their affiliation and quote counts.</summary>
internal static class ExpertsCommand
{
    private static readonly IReadOnlyList<Column<Person>> Columns =
    [
        new("Id", "id", ColumnKind.Id, p => p.Id),
        new("Name", "name", ColumnKind.Prose, p => p.Name),
        new("Kind", "kind", ColumnKind.Word, p => VocabularyWords.Of(p.Kind)) { DropRank = 4 },
        new("Affiliation", "affiliation", ColumnKind.Prose, p => p.Affiliation) { DropRank = 3 },
        new("Role", "role", ColumnKind.Prose, p => p.Role) { DropRank = 5 },
        new("Quotes", "quotes", ColumnKind.Number, p => p.Quotes.Count) { DropRank = 2 },
        new("Articles", "articles", ColumnKind.Number, p => p.Articles.Count) { DropRank = 6 },
    ];

    public static Command Create(CliContext context)
    {
        var all = new Option<bool>("--all") { Description = "List every person (officials, leaders, organisations…), not only experts." };
        var format = ListFormatOption.Create();
        var command = new Command("experts", "The experts quoted in the corpus, with affiliation, role, quotes and articles.") { all, format };
        command.SetAction(result => context.Guard(() => Run(context, result.GetValue(all), ListFormatOption.Resolve(result.GetValue(format), context.Terminal))));
        return command;
    }

    private static int Run(CliContext context, bool everyone, ListFormat format)
    {
        var people = everyone ? context.Corpus.People : context.Corpus.Experts.Cast<Person>().ToList();
        var title = $"{context.CorpusName}: " + (everyone ? Format.Count(people.Count, "person", "people") : Format.Count(people.Count, "expert"));
        ListWriter.Write(context, format, title, Columns, people);
        return 0;
    }
}
