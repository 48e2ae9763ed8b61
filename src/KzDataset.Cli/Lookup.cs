using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Shared;

namespace KzDataset.Cli;

/// <summary>Resolves names typed on the command line, with "did you mean" when they miss.</summary>
internal static class Lookup
{
    public static Article Article(string idOrFile)
    {
        var article = Articles.ById(idOrFile)
            ?? Articles.All.FirstOrDefault(a => string.Equals(a.SeedFile, idOrFile, StringComparison.OrdinalIgnoreCase)
                || string.Equals(System.IO.Path.GetFileNameWithoutExtension(a.SeedFile), idOrFile, StringComparison.OrdinalIgnoreCase));
        return article ?? throw new CliException(Unknown("article", idOrFile, Articles.All.Select(a => a.Id)));
    }

    public static Person Person(string nameOrAlias)
        => People.Find(nameOrAlias)
           ?? throw new CliException(Unknown("person", nameOrAlias, People.All.Select(p => p.Name)));

    public static MeasureInfo Measure(string slugOrName)
        => Measures.All.FirstOrDefault(m => string.Equals(m.Slug, slugOrName, StringComparison.OrdinalIgnoreCase)
                                            || string.Equals(m.Id.ToString(), slugOrName, StringComparison.OrdinalIgnoreCase))
           ?? throw new CliException(Unknown("measure", slugOrName, Measures.All.Select(m => m.Slug)));

    private static string Unknown(string what, string value, IEnumerable<string> candidates)
    {
        var list = candidates.Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        var closest = Suggestions.Closest(value, list);
        var hint = closest is not null ? $" Did you mean '{closest}'?" : string.Empty;
        return $"unknown {what} '{value}'.{hint} Known: {string.Join(", ", list.Take(30))}{(list.Count > 30 ? ", …" : string.Empty)}";
    }
}
