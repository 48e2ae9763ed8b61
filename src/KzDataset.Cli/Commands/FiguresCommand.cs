using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using KzDataset.Cli.Lists;

namespace KzDataset.Cli.Commands;

/// <summary><c>kz figures</c>: figures, optionally of one measure, so sources that disagree show side by side.</summary>
internal static class FiguresCommand
{
    /// <summary>A table shows one table per article (local ids, the value with its unit as "≥ 164 person"); tsv and json the corpus-wide ids and the raw values.</summary>
    internal static readonly IReadOnlyList<Column<Figure>> Columns =
    [
        new("Id", "id", ColumnKind.Id, f => f.Id) { InTable = false },
        new("Article", "articleId", ColumnKind.Id, f => f.Article.Id) { InTable = false },
        new("Id", "localId", ColumnKind.Id, f => f.LocalId),
        new("Value", "shown", ColumnKind.Word, f => Format.FigureValue(f) + " " + f.Unit.Id) { InData = false },
        new("Value", "value", ColumnKind.Number, f => f.Value) { InTable = false },
        new("Lower", "lower", ColumnKind.Number, f => f.Lower) { InTable = false },
        new("Upper", "upper", ColumnKind.Number, f => f.Upper) { InTable = false },
        new("Qualifier", "qualifier", ColumnKind.Word, f => VocabularyWords.Of(f.Qualifier)) { InTable = false },
        new("Unit", "unit", ColumnKind.Word, f => f.Unit.Id) { InTable = false },
        new("Measure", "measure", ColumnKind.Word, f => f.Measure.Id) { DropRank = 4 },
        new("Subject", "subject", ColumnKind.Prose, f => f.Subject) { DropRank = 5, Clip = 60 },
        new("Text", "text", ColumnKind.Prose, f => f.Text),
        new("Stated by", "statedBy", ColumnKind.Prose, f => f.StatedBy?.Name ?? "(outlet)") { DropRank = 2, InData = false },
        new("Stated by", "statedById", ColumnKind.Id, f => f.StatedBy?.Id) { InTable = false },
    ];

    public static Command Create(CliContext context)
    {
        var measure = new Option<string?>("--measure") { Description = "Only figures of this measure (id such as troops-deployed, or its name)." };
        var article = new Option<string?>("--article") { Description = "Only figures from this article (id, any case, or seed file)." };
        var format = ListFormatOption.Create();
        var command = new Command("figures", "Figures with their value, unit, measure, subject, text and who states them.") { measure, article, format };
        command.SetAction(result => context.Guard(() => Run(context, result.GetValue(measure), result.GetValue(article), ListFormatOption.Resolve(result.GetValue(format), context.Terminal))));
        return command;
    }

    private static int Run(CliContext context, string? measureName, string? articleId, ListFormat format)
    {
        var measure = measureName is null ? null : Lookup.Measure(context.Corpus, measureName);
        var article = articleId is null ? null : Lookup.Article(context.Corpus, articleId);
        var figures = context.Corpus.Figures
            .Where(f => measure is null || f.Measure == measure)
            .Where(f => article is null || f.Article == article)
            .ToList();

        var title = Format.Count(figures.Count, "figure") + (measure is null ? string.Empty : " of " + measure.Name);
        ListWriter.Write(context, format, title, Columns, figures, section: f => f.Article.Id);
        return 0;
    }
}
