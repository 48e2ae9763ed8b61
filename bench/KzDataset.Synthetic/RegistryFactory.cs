using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Synthetic.Model;

namespace KzDataset.Synthetic;

/// <summary>
/// Makes the registries: a few hundred people with roles and aliases, outlets, measures and units.
/// An alias must occur in some body (KZ0205), so only people the articles are sure to quote get
/// one: speaker slot j belongs to article j / <see cref="SpeakersPerArticle"/>.
/// </summary>
internal static class RegistryFactory
{
    public const int SpeakersPerArticle = 6;
    public const int Speakers = 280;
    public const int Organisations = 20;

    public static SyntheticRegistry Create(int articles, Random random)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var people = new List<SyntheticPerson>(Speakers + Organisations);
        var guaranteed = Math.Min(Speakers, articles * SpeakersPerArticle);
        while (people.Count < Speakers)
        {
            var index = people.Count;
            var first = Lexicon.FirstNames[random.Next(Lexicon.FirstNames.Length)];
            var last = Lexicon.SurnameStems[random.Next(Lexicon.SurnameStems.Length)] + Lexicon.SurnameEndings[random.Next(Lexicon.SurnameEndings.Length)];
            var name = first + " " + last;
            var id = NameKeys.Slug(name);
            if (!keys.Add(NameKeys.Of(name)) || !ids.Add(id)) continue;
            var kind = (index % 10) switch { < 5 => "expert", < 8 => "official", 8 => "leader", _ => OtherKind(index) };
            var aliases = new List<string>();
            if (index < guaranteed)
            {
                var alias = kind switch
                {
                    "expert" => "Dr " + last,
                    "official" or "leader" => Title(kind, index) + " " + last,
                    _ => first[0] + ". " + last,
                };
                if (keys.Add(NameKeys.Of(alias))) aliases.Add(alias);
            }
            var (role, affiliation) = kind switch
            {
                "expert" => (Pick(Lexicon.ExpertRoles, random), Pick(Lexicon.Institutions, random)),
                "official" => (Pick(Lexicon.OfficialRoles, random), "the government of Kazakhstan"),
                "leader" => ("former prime minister", "the government of Kazakhstan"),
                _ => (Pick(Lexicon.OtherRoles, random), "an independent outlet in " + Pick(Lexicon.Cities, random)),
            };
            var note = aliases.Count > 0 ? $"Synthetic person; the articles name {first} “{aliases[0]}” after the first mention." : null;
            people.Add(new SyntheticPerson(id, name, kind, aliases, affiliation, role, note));
        }
        foreach (var city in Lexicon.Cities.Concat(new[] { "Interior", "Energy", "Health", "Defence", "Finance", "Justice" }).Take(Organisations))
        {
            var name = Lexicon.Cities.Contains(city) ? "the " + city + " akimat" : "the Ministry of " + city;
            people.Add(new SyntheticPerson(NameKeys.Slug(name.Substring(4)), name, "organisation", Array.Empty<string>(), null, null, "Synthetic body speaking as one."));
        }

        var outlets = new[]
        {
            ("steppe-herald", "Steppe Herald", "Kazakhstan"), ("caspian-wire", "Caspian Wire", "Azerbaijan"), ("le-courrier-d-asie", "Le Courrier d’Asie", "France"),
            ("eurasia-ledger", "Eurasia Ledger", "United Kingdom"), ("almaty-observer", "Almaty Observer", "Kazakhstan"), ("nordic-monitor", "Nordic Monitor", "Sweden"),
            ("the-silk-road-post", "The Silk Road Post", "United States"), ("diario-de-eurasia", "Diário de Eurásia", "Portugal"), ("ostblick", "Ostblick", "Germany"),
            ("the-tenge-report", "The Tenge Report", "Kazakhstan"), ("cronica-central", "Crónica Central", "Spain"), ("baikonur-daily", "Baikonur Daily", "Kazakhstan"),
        }.Select(o => new RegistryEntry(o.Item1, o.Item2, o.Item3)).ToList();

        var measures = new[]
        {
            ("arrests", "Arrests", "People detained in the unrest"), ("deaths", "Deaths", "People killed in the unrest"),
            ("injuries", "Injuries", "People injured in the unrest"), ("troops-deployed", "Troops deployed", "Troops sent to restore order"),
            ("aircraft-deployed", "Aircraft deployed", "Aircraft sent to the country"), ("distance", "Distance", "A distance between places"),
            ("population-share", "Population share", "Share of a population holding a view or belonging to a group"),
            ("price", "Price", "A price in local currency"), ("price-change", "Price change", "A change of a price, in percent"),
            ("tenure", "Tenure", "Time a person held an office"), ("age", "Age", "A person's age in years"),
            ("count", "Count", "A count no more specific measure covers"),
        }.Select(m => new RegistryEntry(m.Item1, m.Item2, m.Item3)).ToList();

        var units = new[]
        {
            ("person", "people", null), ("soldier", "soldiers", null), ("aircraft", "aircraft", null), ("kilometre", "kilometres", "km"),
            ("percent", "percent", "%"), ("tenge", "tenge", "₸"), ("year", "years", "yr"), ("item", "items (see the figure's subject)", null),
        }.Select(u => new RegistryEntry(u.Item1, u.Item2, u.Item3)).ToList();

        return new SyntheticRegistry(people, outlets, measures, units);
    }

    /// <summary>People who can be quoted by name, in slot order.</summary>
    public static IReadOnlyList<SyntheticPerson> Quotable(SyntheticRegistry registry) => registry.People.Take(Speakers).ToList();

    public static IReadOnlyList<SyntheticPerson> Bodies(SyntheticRegistry registry) => registry.People.Skip(Speakers).ToList();

    private static string OtherKind(int index) => (index / 10 % 3) switch { 0 => "journalist", 1 => "executive", _ => "activist" };

    private static string Title(string kind, int index) => kind == "leader" ? "Premier" : (index % 2 == 0 ? "Minister" : "Akim");

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];
}
