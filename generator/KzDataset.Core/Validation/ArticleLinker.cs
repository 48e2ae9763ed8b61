using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Core.Model;
using KzDataset.Core.Text;

namespace KzDataset.Core.Validation;

/// <summary>
/// The link step for one article: every id it uses must be in the registries (else a "did you
/// mean" diagnostic and the annotation is left out), every quoted speaker must be named in the
/// body by one of their aliases, and the people the body mentions are recorded.
/// </summary>
internal static class ArticleLinker
{
    public static LinkedArticle Link(ResolvedArticle resolved, RegistryModel registry)
    {
        var diagnostics = new List<DiagnosticInfo>(resolved.Diagnostics);
        var article = resolved.Article;
        var finder = new AliasFinder(resolved.BodyText());
        var index = RegistryIndex.Of(registry);
        var people = index.People;
        var known = index.Ids;

        var unknown = new HashSet<(RegistryKind, string)>();
        foreach (var reference in resolved.References)
        {
            var ids = known[reference.Registry];
            if (ids.Contains(reference.Id)) continue;
            unknown.Add((reference.Registry, reference.Id));
            var suggestion = Suggestions.Closest(reference.Id, ids);
            var hint = suggestion is not null ? $"; did you mean '{suggestion}'?" : $"; add it to {RegistryFile(reference.Registry)}";
            diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.UnknownReference, reference.Location,
                Describe(reference.Registry), reference.Id, hint));
        }

        var seen = new List<string>();
        var mentions = new List<string>();
        foreach (var person in index.Names)
        {
            var any = false;
            foreach (var name in person.Names)
            {
                if (!finder.Contains(name)) continue;
                any = true;
                seen.Add(person.Id + "\n" + name.Original);
            }
            if (any) mentions.Add(person.Id);
        }

        foreach (var reference in resolved.References.Where(r => r.Registry == RegistryKind.Person && r.QuoteId is not null))
        {
            if (!people.TryGetValue(reference.Id, out var speaker) || mentions.Contains(speaker.Id)) continue;
            diagnostics.Add(DiagnosticInfo.Create(KzDiagnostics.SpeakerNotNamed, reference.Location, speaker.Id, reference.QuoteId!,
                string.Join(", ", new[] { speaker.Name }.Concat(speaker.Aliases))));
        }

        if (article is not null)
        {
            article = unknown.Contains((RegistryKind.Outlet, article.Outlet)) ? null : Prune(article, unknown, mentions);
        }
        return new LinkedArticle(resolved.SidecarPath, resolved.BaseName, resolved.ArticleId, resolved.IdLocation, article,
            seen.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    // Annotations that point at unknown ids are left out, so the rest of the article still compiles.
    private static ArticleModel Prune(ArticleModel article, HashSet<(RegistryKind, string)> unknown, List<string> mentions)
    {
        bool UnknownPerson(string? id) => id is not null && unknown.Contains((RegistryKind.Person, id));
        return article with
        {
            Turns = article.Turns.Where(t => !UnknownPerson(t.SpeakerId)).ToEquatableArray(),
            Quotes = article.Quotes.Where(q => !UnknownPerson(q.SpeakerId)).ToEquatableArray(),
            Figures = article.Figures.Where(f => !UnknownPerson(f.StatedBy)
                && !unknown.Contains((RegistryKind.Unit, f.Unit))
                && !unknown.Contains((RegistryKind.Measure, f.Measure))).ToEquatableArray(),
            Mentions = mentions.Concat(article.Quotes.Select(q => q.SpeakerId).Where(id => !UnknownPerson(id)))
                .Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray(),
        };
    }

    private static string Describe(RegistryKind kind) => kind switch
    {
        RegistryKind.Person => "person",
        RegistryKind.Outlet => "outlet",
        RegistryKind.Measure => "measure",
        _ => "unit",
    };

    private static string RegistryFile(RegistryKind kind) => kind switch
    {
        RegistryKind.Person => "registry/people.json",
        RegistryKind.Outlet => "registry/outlets.json",
        RegistryKind.Measure => "registry/measures.json",
        _ => "registry/units.json",
    };
}
