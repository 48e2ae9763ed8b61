using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Shared;

namespace KzDataset.Cli;

/// <summary>Resolves names typed on the command line, with "did you mean" when they miss.</summary>
internal static class Lookup
{
    public static Article Article(Corpus corpus, string idOrFile)
    {
        var article = corpus.FindArticle(idOrFile)
            ?? corpus.Articles.FirstOrDefault(a => string.Equals(a.SeedFile, idOrFile, StringComparison.OrdinalIgnoreCase)
                || string.Equals(System.IO.Path.GetFileNameWithoutExtension(a.SeedFile), idOrFile, StringComparison.OrdinalIgnoreCase));
        return article ?? throw new CliException(Unknown("article", idOrFile, corpus.Articles.Select(a => a.Id)));
    }

    public static Person Person(Corpus corpus, string nameOrAlias)
        => corpus.FindPerson(nameOrAlias)
           ?? throw new CliException(Unknown("person", nameOrAlias, corpus.People.Select(p => p.Name)));

    public static MeasureInfo Measure(Corpus corpus, string idOrName)
        => corpus.Measures.FirstOrDefault(m => string.Equals(m.Id, idOrName, StringComparison.OrdinalIgnoreCase)
                                               || string.Equals(m.Name, idOrName, StringComparison.OrdinalIgnoreCase))
           ?? throw new CliException(Unknown("measure", idOrName, corpus.Measures.Select(m => m.Id)));

    private static string Unknown(string what, string value, IEnumerable<string> candidates)
    {
        var list = candidates.Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        var closest = Suggestions.Closest(value, list);
        var hint = closest is not null ? $" Did you mean '{closest}'?" : string.Empty;
        return $"unknown {what} '{value}'.{hint} Known: {string.Join(", ", list.Take(30))}{(list.Count > 30 ? ", …" : string.Empty)}";
    }
}
