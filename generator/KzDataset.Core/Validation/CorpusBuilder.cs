using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Core.Model;

namespace KzDataset.Core.Validation;

/// <summary>
/// The corpus-wide checks: duplicate article ids and identifiers, texts without sidecars, and
/// aliases that no article uses. Gives the articles that passed, for the records (Records/EntryBuilder.cs).
/// </summary>
internal static class CorpusBuilder
{
    public static CheckedCorpus Check(ImmutableArray<LinkedArticle> linked, RegistryModel registry, ImmutableArray<SeedFileName> texts)
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

        var articles = unique.Select(a => new CheckedArticle(a.Article!, a.BaseName)).ToEquatableArray();
        var sorted = diagnostics
            .Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        return new CheckedCorpus(articles, sorted);
    }
}
