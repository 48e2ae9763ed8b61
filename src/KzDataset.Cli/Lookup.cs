using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KzDataset.Format;
using KzDataset.Core.Text;

namespace KzDataset.Cli;

/// <summary>
/// Resolves names typed on the command line: ids ignoring case, people by any spelling or a unique surname,
/// vocabulary values as the sidecars' words; a miss is one line with at most three close names.
/// </summary>
internal static class Lookup
{
    public static Article Article(Corpus corpus, string idOrFile)
    {
        var article = corpus.FindArticle(idOrFile)
            ?? corpus.Articles.FirstOrDefault(a => string.Equals(a.Id, idOrFile, StringComparison.OrdinalIgnoreCase)
                || string.Equals(a.SeedFile, idOrFile, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Path.GetFileNameWithoutExtension(a.SeedFile), idOrFile, StringComparison.OrdinalIgnoreCase));
        return article ?? throw Unknown("article", idOrFile, corpus.Articles.Select(a => (a.Id, a.Id)), "'kz stats' lists them");
    }

    public static Person Person(Corpus corpus, string name)
    {
        if (corpus.FindPerson(name) is { } person) return person;
        var key = NameKey.Of(name);
        var bySurname = corpus.People.Where(p => NamesOf(p).Any(n => NameKey.Of(Surname(n)) == key)).ToList();
        if (bySurname.Count == 1) return bySurname[0];
        if (bySurname.Count > 1)
        {
            throw new CliException($"'{name}' is the surname of {Format.Count(bySurname.Count, "person", "people")}: {string.Join(", ", bySurname.Select(p => p.Name))}; give the full name");
        }
        var candidates = corpus.People.SelectMany(p => NamesOf(p).SelectMany(n => new[] { n, Surname(n) }).Select(n => (n, p.Name)));
        throw Unknown("person", name, candidates, "'kz experts --all' lists everyone", NameKey.Of);
    }

    public static MeasureInfo Measure(Corpus corpus, string idOrName)
        => corpus.Measures.FirstOrDefault(m => string.Equals(m.Id, idOrName, StringComparison.OrdinalIgnoreCase)
                                               || string.Equals(m.Name, idOrName, StringComparison.OrdinalIgnoreCase))
           ?? throw Unknown("measure", idOrName, corpus.Measures.SelectMany(m => new[] { (m.Id, m.Id), (m.Name, m.Id) }), "'kz figures' shows the measures in use");

    /// <summary>A vocabulary value, as the sidecars spell it ("interview-answer") or as the enum member ("InterviewAnswer").</summary>
    public static TEnum Word<TEnum>(string what, string word)
        where TEnum : struct, Enum
    {
        if (VocabularyWords.TryParse<TEnum>(word, out var value)) return value;
        var words = VocabularyWords.All<TEnum>();
        throw Unknown(what, word, words.Select(w => (w, w)), "known: " + string.Join(", ", words));
    }

    private static IEnumerable<string> NamesOf(Person person) => person.Aliases.Prepend(person.Name).Append(person.Id);

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts ? parts[^1] : name;

    /// <summary>"unknown person 'marrat'. Did you mean 'Erica Marat'?": the closest (up to three) by edit distance, else those containing what was typed.</summary>
    /// <param name="what">What was looked for.</param>
    /// <param name="value">What was typed.</param>
    /// <param name="candidates">Each spelling that would have matched, and the name to suggest for it.</param>
    /// <param name="otherwise">What to say when nothing is close.</param>
    /// <param name="fold">How spellings are compared (default: ignoring case).</param>
    private static CliException Unknown(string what, string value, IEnumerable<(string Spelling, string Shown)> candidates, string otherwise, Func<string, string>? fold = null)
    {
        fold ??= s => s.ToLowerInvariant();
        var typed = fold(value);
        var scored = candidates
            .Select(c => (c.Shown, Key: fold(c.Spelling)))
            .Where(c => c.Key.Length > 0)
            .Select(c => (c.Shown, c.Key, Distance: Suggestions.Distance(typed, c.Key)))
            // Near enough to be a typo (the generator's own rule), else a longer name holding what was typed.
            .Select(c => (c.Shown, Rank: c.Distance <= Math.Max(2, Math.Min(typed.Length, c.Key.Length) / 3) ? c.Distance
                : typed.Length >= 3 && c.Key.Contains(typed, StringComparison.Ordinal) ? int.MaxValue : -1))
            .Where(c => c.Rank >= 0)
            .GroupBy(c => c.Shown, StringComparer.Ordinal)
            .Select(g => (Shown: g.Key, Distance: g.Min(c => c.Rank)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Shown, StringComparer.Ordinal)
            .Take(3)
            .Select(c => $"'{c.Shown}'")
            .ToList();
        var hint = scored.Count switch
        {
            0 => $"; {otherwise}",
            1 => $". Did you mean {scored[0]}?",
            _ => $". Did you mean {string.Join(", ", scored.Take(scored.Count - 1))} or {scored[^1]}?",
        };
        return new CliException($"unknown {what} '{value}'{hint}");
    }
}
