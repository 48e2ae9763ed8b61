using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KzDataset.Generator.Common;
using KzDataset.Generator.Diagnostics;
using KzDataset.Generator.Model;

namespace KzDataset.Generator.Validation;

/// <summary>
/// The corpus-wide checks: duplicate article ids and identifiers, texts without sidecars, and
/// aliases that no article uses. Produces the sorted, emission-ready <see cref="CorpusModel"/>.
/// </summary>
internal static class CorpusBuilder
{
    public const int BucketCount = 16;

    public static CorpusModel Build(ImmutableArray<LinkedArticle> linked, RegistryModel registry, ImmutableArray<SeedFile> texts)
    {
        var records = new Emit.RecordBuilder(registry);
        return Build(linked, registry, texts, a => Entry(a.Article!, a.BaseName, records));
    }

    /// <summary>The corpus from articles whose entries (records) <paramref name="entryOf"/> has already built.</summary>
    public static CorpusModel Build(ImmutableArray<LinkedArticle> linked, RegistryModel registry, ImmutableArray<SeedFile> texts, Func<LinkedArticle, ArticleEntry> entryOf)
    {
        var diagnostics = new List<DiagnosticInfo>(registry.Diagnostics);
        var ordered = linked.OrderBy(a => a.BaseName, StringComparer.Ordinal).ThenBy(a => a.SidecarPath, StringComparer.Ordinal).ToList();
        foreach (var article in ordered) diagnostics.AddRange(article.Diagnostics);

        var withArticle = ordered.Where(a => a.Article is not null).ToList();
        var unique = RegistryBuilder.Unique(withArticle, a => new RawReference(a.ArticleId!, a.IdLocation), "article", diagnostics);

        var sidecarNames = new HashSet<string>(ordered.Select(a => a.BaseName), StringComparer.Ordinal);
        var complete = ordered.Count > 0 && ordered.All(a => a.Article is not null);
        foreach (var text in texts.OrderBy(t => t.Path, StringComparer.Ordinal))
        {
            if (sidecarNames.Contains(text.BaseName)) continue;
            complete = false;
            diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.TextWithoutSidecar, SourceLocation.FileStart(text.Path),
                text.FileName, text.BaseName + ".json"));
        }

        // Whether an alias is used is a claim about the whole corpus: while an article cannot be
        // read (or a text has no sidecar) it may be the one that uses the alias, so say nothing.
        var seen = new HashSet<string>(ordered.SelectMany(a => a.AliasesSeen), StringComparer.Ordinal);
        if (complete)
        {
            foreach (var person in registry.People)
            {
                foreach (var alias in person.Aliases.Where(a => !seen.Contains(person.Id + "\n" + a)))
                {
                    diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.AliasNotInCorpus, person.AliasesLocation, alias, person.Id));
                }
            }
        }

        var articles = unique.Select(entryOf).OrderBy(a => a.Id, StringComparer.Ordinal).ToEquatableArray();
        var sorted = diagnostics
            .Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        return new CorpusModel(articles, Spec(registry), sorted);
    }

    /// <summary>
    /// The articles grouped into files. Without per-item members the quotes and figures are left
    /// out of the model, so editing them changes no generated file.
    /// </summary>
    public static ImmutableArray<BucketModel> Buckets(CorpusModel corpus, bool itemMembers)
        => corpus.Articles
            .Select(a => itemMembers ? a : a with { Quotes = EquatableArray<CatalogItem>.Empty, Figures = EquatableArray<CatalogItem>.Empty })
            .GroupBy(a => BucketOf(a.Id))
            .OrderBy(g => g.Key)
            .Select(g => new BucketModel(g.Key, g.ToEquatableArray()))
            .ToImmutableArray();

    // Quotes and figures in record order: a typed member's position names the same item at run time.
    public static ArticleEntry Entry(ArticleModel a, string baseName, Emit.RecordBuilder records)
        => new(a.Id, baseName, records.Build(a).ToEquatableArray(), a.Title, a.Outlet, a.Published,
            a.Quotes.Select(q => new CatalogItem(q.Id, q.Kind + " quote by " + q.SpeakerId)).ToEquatableArray(),
            a.Figures.Select(f => new CatalogItem(f.Id, f.Measure + ": " + f.Subject)).ToEquatableArray());

    private static RegistrySpec Spec(RegistryModel registry)
        => new(
            registry.Outlets.Select(o => new RegistryEntry(o.Id, o.Name + (o.Country is null ? string.Empty : " (" + o.Country + ")") + "; id " + o.Id, string.Empty)).ToEquatableArray(),
            registry.Measures.Select(m => new RegistryEntry(m.Id, m.Name + (m.Description is null ? string.Empty : ": " + m.Description) + "; id " + m.Id, string.Empty)).ToEquatableArray(),
            registry.Units.Select(u => new RegistryEntry(u.Id, u.Name + "; id " + u.Id, string.Empty)).ToEquatableArray(),
            registry.People.Select(p => new RegistryEntry(p.Id, Describe(p), p.Kind)).ToEquatableArray());

    private static string Describe(PersonModel person)
    {
        var parts = new[] { person.Name, person.Role, person.Affiliation }.Where(p => !string.IsNullOrEmpty(p));
        return string.Join(", ", parts) + $" ({person.Kind}; id {person.Id})";
    }

    /// <summary>FNV-1a of the id: stable across runs, machines and .NET versions (string.GetHashCode is not).</summary>
    public static int BucketOf(string id)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in id)
            {
                hash = (hash ^ c) * 16777619u;
            }
            return (int)(hash % BucketCount);
        }
    }
}
