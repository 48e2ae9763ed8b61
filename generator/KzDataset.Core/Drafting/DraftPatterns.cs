using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace KzDataset.Core.Drafting;

/// <summary>The rules' regular expressions and word sets, compiled once per <see cref="DraftRules"/>.</summary>
internal sealed class DraftPatterns
{
    // Compiled: the same patterns run over every text of a folder.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.Compiled;
    private static readonly ConditionalWeakTable<DraftRules, DraftPatterns> Cache = new();

    private DraftPatterns(DraftRules rules)
    {
        Exclusions = rules.Exclusions.Select(p => (Compile(p.Pattern, RegexOptions.IgnoreCase), p)).ToArray();
        Ignores = rules.Ignores.Select(p => (Compile(p.Pattern, RegexOptions.IgnoreCase), p)).ToArray();
        TurnLabels = rules.TurnLabels.Select(p => Compile(p, RegexOptions.None)).ToArray();
        ReportingVerbs = Alternation(rules.ReportingVerbs);
        IndirectVerbs = Alternation(rules.IndirectVerbs);
        Pronouns = new HashSet<string>(rules.Pronouns, StringComparer.OrdinalIgnoreCase);
        Honorifics = new HashSet<string>(rules.Honorifics.Select(h => h.TrimEnd('.')), StringComparer.OrdinalIgnoreCase);
        Particles = new HashSet<string>(rules.NameParticles, StringComparer.Ordinal);
        QuestionLabels = new HashSet<string>(rules.QuestionLabels, StringComparer.OrdinalIgnoreCase);
        Months = new HashSet<string>(rules.Months.Select(m => m.TrimEnd('.')), StringComparer.OrdinalIgnoreCase);
        var months = rules.Months.Take(12).ToList();
        var names = string.Join("|", months.Select(Regex.Escape));
        Dates = months.Count < 12 ? Array.Empty<Regex>() : new[]
        {
            new Regex(@"\b(?<month>" + names + @")\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})\b", Options | RegexOptions.IgnoreCase),
            new Regex(@"\b(?<day>\d{1,2})\s+(?<month>" + names + @")\s+(?<year>\d{4})\b", Options | RegexOptions.IgnoreCase),
        };
        NotNames = new HashSet<string>(Months.Concat(rules.Weekdays), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<(Regex Regex, DraftPattern Rule)> Exclusions { get; }

    public IReadOnlyList<(Regex Regex, DraftPattern Rule)> Ignores { get; }

    public IReadOnlyList<Regex> TurnLabels { get; }

    /// <summary>Any reporting verb as a whole word (or phrase).</summary>
    public Regex ReportingVerbs { get; }

    public Regex IndirectVerbs { get; }

    public HashSet<string> Pronouns { get; }

    public HashSet<string> Honorifics { get; }

    public HashSet<string> Particles { get; }

    public HashSet<string> QuestionLabels { get; }

    public HashSet<string> Months { get; }

    /// <summary>A full date, by the rules' first twelve months: "January 5, 2022" and "5 January 2022".</summary>
    public IReadOnlyList<Regex> Dates { get; }

    /// <summary>Months and weekdays: capitalised, yet never part of a person's name.</summary>
    public HashSet<string> NotNames { get; }

    public static DraftPatterns Of(DraftRules rules) => Cache.GetValue(rules, r => new DraftPatterns(r));

    private static Regex Alternation(IEnumerable<string> words)
    {
        var alternatives = words.OrderByDescending(w => w.Length).Select(Regex.Escape).ToList();
        return alternatives.Count == 0
            ? new Regex("(?!)", Options)
            : new Regex(@"(?<![\w-])(" + string.Join("|", alternatives) + @")(?![\w-])", Options | RegexOptions.IgnoreCase);
    }

    private static Regex Compile(string pattern, RegexOptions extra)
    {
        try
        {
            return new Regex(pattern, Options | extra, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            throw new DraftException($"invalid regular expression in the drafting rules: {pattern}: {ex.Message}");
        }
    }
}
