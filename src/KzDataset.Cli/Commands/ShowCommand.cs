using System.CommandLine;
using System.Linq;
using Spectre.Console;

namespace KzDataset.Cli.Commands;

/// <summary><c>kz show &lt;article&gt;</c>: an article's metadata, body and annotations.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("article") { Description = "The article's id (or its seed file name)." };
        var noBody = new Option<bool>("--no-body") { Description = "Do not print the body." };
        var command = new Command("show", "An article's metadata, body, quotes, figures and corrections.") { id, noBody };
        command.SetAction(result => context.Guard(() => Run(context, result.GetValue(id)!, result.GetValue(noBody))));
        return command;
    }

    private static int Run(CliContext context, string id, bool noBody)
    {
        var article = Lookup.Article(context.Corpus, id);
        var console = context.Console;

        var meta = new Grid().AddColumn().AddColumn();
        void Row(string name, string? value) => meta.AddRow($"[bold]{name}[/]", Printable.Markup(value ?? "—"));
        Row("Id", article.Id);
        Row("Title", article.Title ?? "(no headline) " + article.TitleNote);
        Row("Outlet", article.Outlet.Name + (article.OutletInferred ? " (inferred: " + article.OutletNote + ")" : string.Empty));
        Row("Published", Format.Date(article.Published) + (article.Published.Note is null ? string.Empty : " — " + article.Published.Note));
        Row("Language", article.Language + (article.Processing == TextProcessing.None ? string.Empty : ", " + article.Processing));
        Row("Format", article.Format.ToString());
        Row("Seed file", article.SeedFile);
        Row("SHA-256", article.Sha256);
        Row("People", string.Join(", ", article.People.Select(p => p.Name)));
        Row("Excluded", string.Join(", ", article.Excluded.GroupBy(e => e.Reason).Select(g => $"{g.Key} ×{g.Count()}")));
        console.Write(new Panel(meta).Header(Printable.Markup(article.Title ?? article.Id)).Border(BoxBorder.Rounded));

        if (!noBody)
        {
            console.WriteLine();
            foreach (var paragraph in article.Paragraphs)
            {
                console.WriteLine(Printable.Text(paragraph.Text));
                console.WriteLine();
            }
        }

        var quotes = new Table().Title($"Quotes ({article.Quotes.Count})").AddColumns("Id", "Speaker", "Kind", "Text");
        foreach (var quote in article.Quotes)
        {
            quotes.AddRow(Printable.Markup(quote.LocalId), Printable.Markup(quote.Speaker.Name), quote.Kind.ToString(), Printable.Markup(Format.Clip(quote.Text, 200)));
        }
        console.Write(quotes);

        var figures = new Table().Title($"Figures ({article.Figures.Count})").AddColumns("Id", "Value", "Unit", "Measure", "Text", "Subject");
        foreach (var figure in article.Figures)
        {
            figures.AddRow(Printable.Markup(figure.LocalId), Printable.Markup(Format.FigureValue(figure)), Printable.Markup(figure.Unit.Id),
                Printable.Markup(figure.Measure.Id), Printable.Markup(figure.Text), Printable.Markup(Format.Clip(figure.Subject, 60)));
        }
        console.Write(figures);

        if (article.Corrections.Count > 0)
        {
            var corrections = new Table().Title($"Corrections ({article.Corrections.Count})").AddColumns("Text", "Correct", "Kind");
            foreach (var correction in article.Corrections)
            {
                corrections.AddRow(Printable.Markup(correction.Text), Printable.Markup(correction.Correct), correction.Kind.ToString());
            }
            console.Write(corrections);
        }
        return 0;
    }
}
