using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using KzDataset.Cli.Lists;
using Spectre.Console;

namespace KzDataset.Cli.Commands;

/// <summary><c>kz show &lt;article&gt;</c>: an article's metadata, body and annotations.</summary>
internal static class ShowCommand
{
    private static readonly IReadOnlyList<Column<Correction>> CorrectionColumns =
    [
        new("Text", "text", ColumnKind.Prose, c => c.Text),
        new("Correct", "correct", ColumnKind.Prose, c => c.Correct),
        new("Kind", "kind", ColumnKind.Word, c => VocabularyWords.Of(c.Kind)) { DropRank = 1 },
    ];

    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("article") { Description = "The article's id (any case) or its seed file name." };
        var noBody = new Option<bool>("--no-body") { Description = "Do not print the body." };
        var command = new Command("show", "An article's metadata, body, quotes, figures and corrections.") { id, noBody };
        command.SetAction(result => context.Guard(() => Run(context, result.GetValue(id)!, result.GetValue(noBody))));
        return command;
    }

    private static int Run(CliContext context, string id, bool noBody)
    {
        var article = Lookup.Article(context.Corpus, id);
        var console = context.Console;

        var meta = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string name, string? value) => meta.AddRow($"[bold]{name}[/]", Printable.Markup(value ?? "—"));
        Row("Id", article.Id);
        Row("Title", article.Title ?? "(no headline) " + article.TitleNote);
        Row("Outlet", article.Outlet.Name + (article.OutletInferred ? " (inferred: " + article.OutletNote + ")" : string.Empty));
        Row("Published", Format.Date(article.Published) + (article.Published.Note is null ? string.Empty : " — " + article.Published.Note));
        Row("Language", string.Join(", ", VocabularyWords.Flags(article.Processing).Prepend(article.Language)));
        Row("Format", VocabularyWords.Of(article.Format));
        Row("Seed file", article.SeedFile);
        Row("SHA-256", article.Sha256);
        Row("People", string.Join(", ", article.People.Select(p => p.Name)));
        Row("Excluded", string.Join(", ", article.Excluded.GroupBy(e => e.Reason).Select(g => $"{VocabularyWords.Of(g.Key)} ×{g.Count()}")));
        console.Write(new Panel(meta).Header(Printable.Markup(article.Title ?? article.Id)).Border(BoxBorder.Rounded));

        if (!noBody)
        {
            console.WriteLine();
            foreach (var paragraph in article.Paragraphs)
            {
                // A terminal gets the paragraph wrapped at its width; a pipe or file gets it as one line.
                if (context.Terminal.IsTerminal) console.WriteLine(Printable.Text(paragraph.Text));
                else context.Output.Write(Printable.Text(paragraph.Text) + "\n");
                console.WriteLine();
            }
        }

        Heading(console, "Quotes", article.Quotes.Count);
        TableWriter.Write(console, QuotesCommand.Columns, article.Quotes);
        Heading(console, "Figures", article.Figures.Count);
        TableWriter.Write(console, FiguresCommand.Columns, article.Figures);
        if (article.Corrections.Count > 0)
        {
            Heading(console, "Corrections", article.Corrections.Count);
            TableWriter.Write(console, CorrectionColumns, article.Corrections);
        }
        return 0;
    }

    private static void Heading(IAnsiConsole console, string name, int count)
    {
        console.Write(new Text($"{name} ({count})", new Style(decoration: Decoration.Bold)));
        console.WriteLine();
    }
}
