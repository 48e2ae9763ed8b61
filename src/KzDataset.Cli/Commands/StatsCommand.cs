using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using KzDataset.Cli.Lists;

namespace KzDataset.Cli.Commands;

/// <summary><c>kz stats</c>: one row per article with its outlet, date and annotation counts.</summary>
internal static class StatsCommand
{
    private static readonly IReadOnlyList<Column<Article>> Columns =
    [
        new("Article", "id", ColumnKind.Id, a => a.Id),
        new("Outlet", "outlet", ColumnKind.Prose, a => a.Outlet.Name + (a.OutletInferred ? " (inferred)" : string.Empty)) { DropRank = 3, InData = false },
        new("Outlet", "outlet", ColumnKind.Prose, a => a.Outlet.Name) { InTable = false },
        new("Outlet", "outletId", ColumnKind.Word, a => a.Outlet.Id) { InTable = false },
        new("Outlet inferred", "outletInferred", ColumnKind.Word, a => a.OutletInferred) { InTable = false },
        new("Published", "published", ColumnKind.Date, a => Format.Date(a.Published)) { InData = false, Short = a => Format.ShortDate(a.Published), ShortNote = "~: date inferred" },
        new("Published", "published", ColumnKind.Date, a => a.Published.ToString()) { InTable = false },
        new("Precision", "publishedPrecision", ColumnKind.Word, a => VocabularyWords.Of(a.Published.Precision)) { InTable = false },
        new("Date inferred", "publishedInferred", ColumnKind.Word, a => a.Published.Inferred) { InTable = false },
        new("Title", "title", ColumnKind.Prose, a => a.Title) { InTable = false },
        new("Seed file", "seedFile", ColumnKind.Word, a => a.SeedFile) { InTable = false },
        new("Format", "format", ColumnKind.Word, a => VocabularyWords.Of(a.Format)) { DropRank = 6 },
        new("Quotes", "quotes", ColumnKind.Number, a => a.Quotes.Count) { DropRank = 1 },
        new("Figures", "figures", ColumnKind.Number, a => a.Figures.Count) { DropRank = 2 },
        new("Experts", "experts", ColumnKind.Number, a => a.Experts.Count()) { DropRank = 4 },
        new("People", "people", ColumnKind.Number, a => a.People.Count) { DropRank = 5 },
        new("Corrections", "corrections", ColumnKind.Number, a => a.Corrections.Count) { DropRank = 7 },
    ];

    public static Command Create(CliContext context)
    {
        var format = ListFormatOption.Create();
        var command = new Command("stats", "A table of the articles: outlet, date, format and counts of quotes, figures, experts, people and corrections.") { format };
        command.SetAction(result => context.Guard(() => Run(context, ListFormatOption.Resolve(result.GetValue(format), context.Terminal))));
        return command;
    }

    private static int Run(CliContext context, ListFormat format)
    {
        var corpus = context.Corpus;
        // The totals row, one value per table column (outlet, published and format have none).
        object?[] totals = [Format.Count(corpus.Articles.Count, "article"), null, null, null, corpus.Quotes.Count, corpus.Figures.Count,
            corpus.Experts.Count, corpus.People.Count, corpus.Corrections.Count];
        ListWriter.Write(context, format, context.CorpusName + ": " + Format.Count(corpus.Articles.Count, "article"), Columns, corpus.Articles, totals: totals);
        return 0;
    }
}
