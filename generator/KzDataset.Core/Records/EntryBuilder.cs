using System;
using System.Linq;
using System.Runtime.CompilerServices;
using KzDataset.Core.Common;
using KzDataset.Core.Model;

namespace KzDataset.Core.Records;

/// <summary>
/// Turns the checked corpus into the emission-ready <see cref="CorpusModel"/>: each article's record
/// (<see cref="RecordBuilder"/>) and catalog entry, sorted by id, and the registry as the emitters need it.
/// </summary>
internal static class EntryBuilder
{
    // One set of registry positions per registry, not one per article (the generator builds each
    // article's record in its own step, against the same registry value).
    private static readonly ConditionalWeakTable<RegistryModel, RecordBuilder> Builders = new();

    public static CorpusModel Build(CheckedCorpus corpus, RegistryModel registry)
    {
        var records = new RecordBuilder(registry);
        return Build(corpus, registry, a => Entry(a.Article, a.BaseName, records));
    }

    /// <summary>The corpus from articles whose entries <paramref name="entryOf"/> has already built.</summary>
    public static CorpusModel Build(CheckedCorpus corpus, RegistryModel registry, Func<CheckedArticle, ArticleEntry> entryOf)
    {
        var articles = corpus.Articles.Select(entryOf).OrderBy(a => a.Id, StringComparer.Ordinal).ToEquatableArray();
        return new CorpusModel(articles, Spec(registry), corpus.Diagnostics);
    }

    public static ArticleEntry Entry(ArticleModel article, string baseName, RegistryModel registry)
        => Entry(article, baseName, Builders.GetValue(registry, r => new RecordBuilder(r)));

    // Quotes and figures in record order: a typed member's position names the same item at run time.
    private static ArticleEntry Entry(ArticleModel a, string baseName, RecordBuilder records)
        => new(a.Id, baseName, records.Build(a).ToEquatableArray(), a.Title, a.Outlet, a.Published,
            a.Quotes.Select(q => new CatalogItem(q.Id, Vocabulary.QuoteKind.Word(q.Kind) + " quote by " + q.SpeakerId)).ToEquatableArray(),
            a.Figures.Select(f => new CatalogItem(f.Id, f.Measure + ": " + f.Subject)).ToEquatableArray());

    private static RegistrySpec Spec(RegistryModel registry)
        => new(
            registry.Outlets.Select(o => new RegistryEntry(o.Id, o.Name + (o.Country is null ? string.Empty : " (" + o.Country + ")") + "; id " + o.Id, null)).ToEquatableArray(),
            registry.Measures.Select(m => new RegistryEntry(m.Id, m.Name + (m.Description is null ? string.Empty : ": " + m.Description) + "; id " + m.Id, null)).ToEquatableArray(),
            registry.Units.Select(u => new RegistryEntry(u.Id, u.Name + "; id " + u.Id, null)).ToEquatableArray(),
            registry.People.Select(p => new RegistryEntry(p.Id, Describe(p), p.Kind)).ToEquatableArray());

    private static string Describe(PersonModel person)
    {
        var parts = new[] { person.Name, person.Role, person.Affiliation }.Where(p => !string.IsNullOrEmpty(p));
        return string.Join(", ", parts) + $" ({Vocabulary.PersonKind.Word(person.Kind)}; id {person.Id})";
    }
}
