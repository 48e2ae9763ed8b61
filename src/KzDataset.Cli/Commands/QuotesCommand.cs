using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using KzDataset.Cli.Lists;

namespace KzDataset.Cli.Commands;

/// <summary><c>kz quotes</c>: quotes, filtered by speaker, article, kind or text.</summary>
internal static class QuotesCommand
{
    /// <summary>A table shows one table per article, so it holds the quotes' local ids; tsv and json the corpus-wide ids.</summary>
    internal static readonly IReadOnlyList<Column<Quote>> Columns =
    [
        new("Id", "id", ColumnKind.Id, q => q.Id) { InTable = false },
        new("Article", "articleId", ColumnKind.Id, q => q.Article.Id) { InTable = false },
        new("Id", "localId", ColumnKind.Id, q => q.LocalId),
        new("Speaker", "speaker", ColumnKind.Prose, q => q.Speaker.Name) { DropRank = 1, InData = false },
        new("Speaker", "speakerId", ColumnKind.Id, q => q.Speaker.Id) { InTable = false },
        new("Kind", "kind", ColumnKind.Word, q => VocabularyWords.Of(q.Kind)) { DropRank = 2 },
        new("Text", "text", ColumnKind.Prose, q => q.Text) { Clip = 240, MinimumWidth = 24 },
    ];

    public static Command Create(CliContext context)
    {
        var expert = new Option<string?>("--expert", "--speaker") { Description = "Only quotes of this person: id, name, any spelling (Tokaïev) or a surname only one person has." };
        var article = new Option<string?>("--article") { Description = "Only quotes from this article (id, any case, or seed file)." };
        var search = new Option<string?>("--search") { Description = "Only quotes whose text contains this (case- and diacritic-insensitive)." };
        var kind = new Option<string?>("--kind") { Description = $"Only quotes of this kind: {string.Join(", ", VocabularyWords.All<QuoteKind>())}.", HelpName = "KIND" };
        var format = ListFormatOption.Create();
        var command = new Command("quotes", "Quotes with their speaker, kind and article.") { expert, article, search, kind, format };
        command.SetAction(result => context.Guard(() => Run(
            context, result.GetValue(expert), result.GetValue(article), result.GetValue(search), result.GetValue(kind), ListFormatOption.Resolve(result.GetValue(format), context.Terminal))));
        return command;
    }

    private static int Run(CliContext context, string? expertName, string? articleId, string? search, string? kindWord, ListFormat format)
    {
        QuoteKind? kind = kindWord is null ? null : Lookup.Word<QuoteKind>("quote kind", kindWord);
        var speaker = expertName is null ? null : Lookup.Person(context.Corpus, expertName);
        var article = articleId is null ? null : Lookup.Article(context.Corpus, articleId);
        var matching = search is null ? null : context.Corpus.SearchQuotes(search).ToHashSet();
        var quotes = context.Corpus.Quotes
            .Where(q => speaker is null || q.Speaker == speaker)
            .Where(q => article is null || q.Article == article)
            .Where(q => kind is null || q.Kind == kind)
            .Where(q => matching is null || matching.Contains(q))
            .ToList();

        ListWriter.Write(context, format, Format.Count(quotes.Count, "quote"), Columns, quotes, section: q => q.Article.Id);
        return 0;
    }
}
