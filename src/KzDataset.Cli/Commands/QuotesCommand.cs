using System.CommandLine;
using System.Linq;
using Spectre.Console;

namespace KzDataset.Cli.Commands;

/// <summary><c>kz quotes</c>: quotes, filtered by speaker, article or text.</summary>
internal static class QuotesCommand
{
    public static Command Create(CliContext context)
    {
        var expert = new Option<string?>("--expert", "--speaker") { Description = "Only quotes of this person (id, name or any spelling, e.g. Tokaïev)." };
        var article = new Option<string?>("--article") { Description = "Only quotes from this article (id or seed file)." };
        var search = new Option<string?>("--search") { Description = "Only quotes whose text contains this (case- and diacritic-insensitive)." };
        var kind = new Option<QuoteKind?>("--kind") { Description = "Only quotes of this kind (Direct, Indirect, InterviewAnswer, PanelAnswer, Slogan)." };
        var command = new Command("quotes", "Quotes with their speaker, kind and article.") { expert, article, search, kind };
        command.SetAction(result => context.Guard(() => Run(
            context, result.GetValue(expert), result.GetValue(article), result.GetValue(search), result.GetValue(kind))));
        return command;
    }

    private static int Run(CliContext context, string? expertName, string? articleId, string? search, QuoteKind? kind)
    {
        var speaker = expertName is null ? null : Lookup.Person(context.Corpus, expertName);
        var article = articleId is null ? null : Lookup.Article(context.Corpus, articleId);
        var matching = search is null ? null : context.Corpus.SearchQuotes(search).ToHashSet();
        var quotes = context.Corpus.Quotes
            .Where(q => speaker is null || q.Speaker == speaker)
            .Where(q => article is null || q.Article == article)
            .Where(q => kind is null || q.Kind == kind)
            .Where(q => matching is null || matching.Contains(q))
            .ToList();

        var table = new Table().Title($"{quotes.Count} quote(s)").Border(TableBorder.Rounded);
        table.AddColumns("Id", "Speaker", "Kind", "Text");
        foreach (var quote in quotes)
        {
            table.AddRow(
                Printable.Markup(quote.Id),
                Printable.Markup(quote.Speaker.Name),
                quote.Kind.ToString(),
                Printable.Markup(Format.Clip(quote.Text, 240)));
        }
        context.Console.Write(table);
        return 0;
    }
}
