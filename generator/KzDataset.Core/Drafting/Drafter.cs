using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Model;
using KzDataset.Core.Parsing;

namespace KzDataset.Core.Drafting;

/// <summary>
/// Drafts a first annotation of a plain text: the excluded spans, the interview and panel turns, the
/// quotes with their speakers, the figures and the numbers to ignore, the title, outlet and date when
/// the text states them. Every entry it writes carries a "review" property (KZ0500 until a person
/// deletes it); people the registry lacks are proposed as new entries. The draft builds: its anchors
/// resolve, its figure values are the numbers their spans read, its speakers exist.
/// Linear in the text: the registry is indexed once per <see cref="DraftContext"/>.
/// </summary>
public static class Drafter
{
    /// <summary>Drafts the sidecar of <paramref name="textFileName"/> (a file name such as <c>001_a.txt</c>) whose content is <paramref name="text"/>.</summary>
    public static DraftResult Draft(string textFileName, string text, DraftContext context)
    {
        var seed = SeedTextReader.Create(textFileName, text);
        var page = new DraftPage(text, context.Rules);
        var document = Propose(page, context);
        var metadata = MetadataFinder.Find(page, context, document);

        var writer = new SidecarWriter(new AnchorWriter(text));
        writer.Property("$schema", "schema/article.schema.json");
        writer.Property("id", DraftContext.Slug(SeedFileNames.BaseName(textFileName), "article"));
        writer.Property("sha256", seed.Sha256);
        writer.Property("review", metadata.ArticleReview);
        if (metadata.Title is { } title)
        {
            writer.Object("title", writer.Entry(new DraftItem(title, "Drafted: the first line of the text. Check it is the headline.")));
        }
        else
        {
            writer.Property("title", NullValue.Instance);
            writer.Property("titleNote", "Drafted: no line of the text could be taken for a headline.");
        }
        writer.Object("outlet", metadata.Outlet);
        writer.Object("published", metadata.Published);
        writer.Object("language", metadata.Language);
        writer.Property("format", metadata.Format);
        WriteLists(writer, document);
        var json = writer.Finish();
        var counts = new DraftCounts(document.Quotes.Count, document.Turns.Count, document.Figures.Count, document.Exclusions.Count,
            document.Ignores.Count, document.Terms.Count, writer.Reviews);
        return new DraftResult(json, document.NewPeople, document.NewOutlets, counts);
    }

    /// <summary>
    /// For a text that has a sidecar: the parts the sidecar does not cover yet, appended to its lists
    /// (each marked for review); nothing already in it changes. Throws <see cref="DraftException"/>
    /// when the sidecar cannot be read.
    /// </summary>
    public static DraftResult Update(string textFileName, string text, string sidecarJson, DraftContext context)
        => DraftUpdater.Update(textFileName, text, sidecarJson, context);

    /// <summary>Every list a text's draft proposes, in the order the sidecar holds them.</summary>
    internal static DraftDocument Propose(DraftPage page, DraftContext context, IReadOnlyList<TextRange>? keptExclusions = null, IReadOnlyList<TextRange>? annotated = null)
    {
        var document = new DraftDocument();
        var kept = keptExclusions ?? Array.Empty<TextRange>();
        var taken = kept.Concat(annotated ?? Array.Empty<TextRange>()).ToList();
        document.Exclusions.AddRange(ExclusionFinder.Find(page, context.Rules).Where(e => !taken.Any(t => t.Overlaps(e.Range))));
        page.Exclude(document.Exclusions.Select(e => e.Range).Concat(kept));
        var mentions = new MentionIndex(page, context);
        var turns = TurnFinder.Find(page, context, mentions, document);
        document.Turns.AddRange(turns.Items);
        var quotes = new QuoteFinder(page, context, mentions, document);
        quotes.FindDirect(turns);
        quotes.FindSingle();
        quotes.FindIndirect(turns);
        NumberFinder.Find(page, context, document);
        Sort(document.Quotes);
        Sort(document.Terms);
        Sort(document.Ignores);
        return document;
    }

    internal static void WriteLists(SidecarWriter writer, DraftDocument document)
    {
        writer.List("exclude", document.Exclusions);
        writer.List("turns", document.Turns);
        writer.List("quotes", document.Quotes);
        writer.List("figures", document.Figures);
        writer.List("terms", document.Terms);
        writer.List("ignore", document.Ignores);
    }

    private static void Sort(List<DraftItem> items)
    {
        var sorted = items.OrderBy(i => i.Range.Start).ThenBy(i => i.Range.End).ToList();
        items.Clear();
        items.AddRange(sorted);
    }
}

/// <summary>JSON null, for a property written as null on purpose.</summary>
internal sealed class NullValue
{
    public static readonly NullValue Instance = new();

    public override string ToString() => "null";
}
