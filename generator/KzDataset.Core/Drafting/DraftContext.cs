using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Core.Parsing;
using KzDataset.Format;

namespace KzDataset.Core.Drafting;

/// <summary>
/// What every draft of one folder shares: the registry (read and indexed once), the rules, and the
/// people and outlets proposed so far, so the second text that names a new person reuses the first
/// one's proposal. Not thread-safe: draft one folder's texts in order.
/// </summary>
public sealed class DraftContext
{
    private readonly Dictionary<string, string> _personByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _peopleBySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _namesOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _identifiers = new(StringComparer.Ordinal);

    public DraftContext(IEnumerable<DraftRegistryFile> registryFiles, DraftRules rules)
    {
        Rules = rules;
        var outlets = new List<(string, string)>();
        var units = new List<(string, string, string?)>();
        var measures = new List<(string, string, string?)>();
        foreach (var file in registryFiles)
        {
            var parsed = RegistryParser.Parse(file.Path, file.Json);
            var error = parsed.Diagnostics.FirstOrDefault(d => d.Rule.Severity == Diagnostics.KzSeverity.Error);
            if (error is not null)
            {
                throw new DraftException($"{file.Path}({error.Location.StartLine + 1},{error.Location.StartColumn + 1}): {error.Message}");
            }
            foreach (var person in parsed.People) AddPerson(person.Id.Id, person.Name, person.Aliases, person.Kind is not (PersonKind.Organisation or PersonKind.Group));
            outlets.AddRange(parsed.Outlets.Select(o => (o.Id.Id, o.Name)));
            units.AddRange(parsed.Units.Select(u => (u.Id.Id, u.Name, u.Symbol)));
            measures.AddRange(parsed.Measures.Select(m => (m.Id.Id, m.Name, m.Description)));
        }
        Outlets = outlets;
        Units = units;
        Measures = measures;
        foreach (var id in outlets.Select(o => o.Item1)) _ids.Add("outlet:" + id);
    }

    public DraftRules Rules { get; }

    /// <summary>The outlets' ids and names.</summary>
    public IReadOnlyList<(string Id, string Name)> Outlets { get; }

    public IReadOnlyList<(string Id, string Name, string? Symbol)> Units { get; }

    public IReadOnlyList<(string Id, string Name, string? Description)> Measures { get; }

    /// <summary>People proposed by the drafts so far, in the order proposed.</summary>
    public List<DraftPerson> ProposedPeople { get; } = new();

    /// <summary>Outlets proposed by the drafts so far.</summary>
    public List<DraftOutlet> ProposedOutlets { get; } = new();

    /// <summary>
    /// Reads <c>DIR/registry/*.json</c> (people, outlets, measures, units) and the rules
    /// (<c>DIR/registry/drafting.json</c> over the built-in ones). Throws <see cref="DraftException"/>
    /// when the folder or its people registry is missing, or a file is invalid.
    /// </summary>
    public static DraftContext Load(string seedsDirectory)
    {
        if (!Directory.Exists(seedsDirectory)) throw new DraftException($"no such folder: '{seedsDirectory}'");
        var registry = Path.Combine(seedsDirectory, SeedLayout.RegistryFolder);
        if (!File.Exists(Path.Combine(registry, "people.json")))
        {
            throw new DraftException($"no registry in '{seedsDirectory}': expected {Path.Combine(registry, "people.json")} (kz init writes one)");
        }
        var files = RegistryParser.FileNames
            .Select(name => Path.Combine(registry, name))
            .Where(File.Exists)
            .Select(path => new DraftRegistryFile(path, File.ReadAllText(path)))
            .ToList();
        var rulesPath = Path.Combine(registry, SeedLayout.DraftingRulesFile);
        var rules = File.Exists(rulesPath) ? DraftRules.Default.MergedWith(DraftRules.Parse(File.ReadAllText(rulesPath), rulesPath)) : DraftRules.Default;
        return new DraftContext(files, rules);
    }

    /// <summary>The person a name (as written, any case, diacritics or typography) names, or null.</summary>
    internal string? PersonByName(string name) => _personByName.TryGetValue(NameKey.Of(name), out var id) ? id : null;

    /// <summary>The one person whose name ends with this word ("Tokayev" for "Kassym-Jomart Tokayev"), or null when none or several.</summary>
    internal string? PersonBySurname(string word)
        => _peopleBySurname.TryGetValue(NameKey.Of(word), out var ids) && ids.Count == 1 ? ids[0] : null;

    /// <summary>Everyone whose name ends with this word.</summary>
    internal IReadOnlyList<string> PeopleBySurname(string word)
        => _peopleBySurname.TryGetValue(NameKey.Of(word), out var ids) ? ids : (IReadOnlyList<string>)Array.Empty<string>();

    /// <summary>A person's name and aliases.</summary>
    internal IReadOnlyList<string> NamesOf(string id) => _namesOf.TryGetValue(id, out var names) ? names : Array.Empty<string>();

    /// <summary>The id of a new person named <paramref name="name"/>, proposed once for the whole folder.</summary>
    internal string ProposePerson(string name, string review, List<DraftPerson> proposedHere, string? alias = null)
    {
        var existing = PersonByName(name);
        if (existing is not null) return existing;
        var id = NewId(Slug(name, "person"), "person:");
        var aliases = alias is null || NameKey.Of(alias) == NameKey.Of(name) ? Array.Empty<string>() : new[] { alias };
        var person = new DraftPerson(id, name, review, aliases);
        ProposedPeople.Add(person);
        proposedHere.Add(person);
        // The alias (a surname alone) is not looked up as a name: another text's "Smith" may be another Smith.
        AddPerson(id, name, Array.Empty<string>(), bySurname: true);
        _namesOf[id] = new[] { name }.Concat(aliases).ToArray();
        return id;
    }

    /// <summary>The placeholder outlet's id, proposed once for the whole folder if the registry lacks it.</summary>
    internal string ProposeUnknownOutlet(List<DraftOutlet> proposedHere)
    {
        var (id, name) = Rules.UnknownOutlet ?? ("unknown-outlet", "Unknown outlet");
        if (Outlets.Any(o => o.Id == id) || ProposedOutlets.Any(o => o.Id == id)) return id;
        var outlet = new DraftOutlet(id, name, "Placeholder for texts that name no known outlet: set each such article's outlet, then delete this entry.");
        ProposedOutlets.Add(outlet);
        proposedHere.Add(outlet);
        return id;
    }

    private void AddPerson(string id, string name, IReadOnlyList<string> aliases, bool bySurname)
    {
        _ids.Add("person:" + id);
        _identifiers.Add(Identifiers.ToPascalCase(id));
        var names = new[] { name }.Concat(aliases).ToArray();
        _namesOf[id] = names;
        foreach (var each in names)
        {
            var key = NameKey.Of(each);
            if (!_personByName.ContainsKey(key)) _personByName[key] = id;
        }
        var words = NameKey.Of(name).Split(' ');
        var surname = words[words.Length - 1];
        if (bySurname && words.Length > 1 && surname.Length > 1)
        {
            if (!_peopleBySurname.TryGetValue(surname, out var list)) _peopleBySurname[surname] = list = new List<string>();
            if (!list.Contains(id)) list.Add(id);
        }
    }

    private string NewId(string slug, string kind)
    {
        var id = slug;
        for (var n = 2; _ids.Contains(kind + id) || _identifiers.Contains(Identifiers.ToPascalCase(id)); n++) id = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return id;
    }

    /// <summary>A lowercase slug of a name ("Michaël Levystone" → "michael-levystone"); <paramref name="fallback"/> when nothing is left.</summary>
    internal static string Slug(string name, string fallback)
    {
        var key = NameKey.Of(name);
        var builder = new System.Text.StringBuilder(key.Length);
        foreach (var c in key)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > 60) slug = slug.Substring(0, 60).Trim('-');
        return slug.Length == 0 ? fallback : slug;
    }
}

/// <summary>One registry file's path (for messages) and JSON.</summary>
public sealed class DraftRegistryFile
{
    public DraftRegistryFile(string path, string json)
    {
        Path = path;
        Json = json;
    }

    public string Path { get; }

    public string Json { get; }
}
