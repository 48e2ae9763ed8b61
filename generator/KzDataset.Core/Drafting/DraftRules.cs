using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace KzDataset.Core.Drafting;

/// <summary>
/// The lexicons and patterns a draft is made with, as data: built-in English defaults (the embedded
/// <c>drafting.default.json</c>), and a seeds folder's <c>registry/drafting.json</c> merged over them
/// (<see cref="MergedWith"/>): its lists are added before the defaults', its single values replace them.
/// </summary>
public sealed class DraftRules
{
    private const string DefaultResource = "KzDataset.Core.Drafting.drafting.default.json";
    private static readonly Lazy<DraftRules> DefaultRules = new(LoadDefault);

    private DraftRules()
    {
    }

    /// <summary>The built-in rules.</summary>
    public static DraftRules Default => DefaultRules.Value;

    public string? Language { get; private set; }

    public IReadOnlyList<string> ReportingVerbs { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<string> IndirectVerbs { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<string> Pronouns { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<string> Honorifics { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<string> NameParticles { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<string> QuestionLabels { get; private set; } = Array.Empty<string>();

    /// <summary>Regular expressions for a turn label at a line's start, each with a group "name".</summary>
    public IReadOnlyList<string> TurnLabels { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<DraftPattern> Exclusions { get; private set; } = Array.Empty<DraftPattern>();

    public int? RepeatedBlockMinLength { get; private set; }

    public IReadOnlyList<DraftKeywords> Units { get; private set; } = Array.Empty<DraftKeywords>();

    public IReadOnlyList<string> FallbackUnits { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<DraftKeywords> Measures { get; private set; } = Array.Empty<DraftKeywords>();

    public IReadOnlyList<string> FallbackMeasures { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<DraftKeywords> Qualifiers { get; private set; } = Array.Empty<DraftKeywords>();

    public IReadOnlyDictionary<string, decimal> VagueLowerBounds { get; private set; } = new Dictionary<string, decimal>();

    public IReadOnlyList<string> Months { get; private set; } = Array.Empty<string>();

    /// <summary>Capitalised words that name no one (with the months): a name is never proposed from them.</summary>
    public IReadOnlyList<string> Weekdays { get; private set; } = Array.Empty<string>();

    public IReadOnlyList<DraftPattern> Ignores { get; private set; } = Array.Empty<DraftPattern>();

    public int? TermMaxWords { get; private set; }

    public (string Id, string Name)? UnknownOutlet { get; private set; }

    /// <summary>Reads a rules file; throws <see cref="DraftException"/> naming the file and the fault.</summary>
    public static DraftRules Parse(string json, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new DraftException($"{path}: the drafting rules must be a JSON object");
            return Read(document.RootElement, path);
        }
        catch (JsonException ex)
        {
            throw new DraftException($"{path}({(ex.LineNumber ?? 0) + 1},{(ex.BytePositionInLine ?? 0) + 1}): invalid JSON in the drafting rules: {ex.Message}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            throw new DraftException($"{path}: {ex.Message}");
        }
    }

    /// <summary>These rules with <paramref name="user"/>'s over them: user lists first, then these; user values replace these.</summary>
    public DraftRules MergedWith(DraftRules user) => new()
    {
        Language = user.Language ?? Language,
        ReportingVerbs = Union(user.ReportingVerbs, ReportingVerbs),
        IndirectVerbs = Union(user.IndirectVerbs, IndirectVerbs),
        Pronouns = Union(user.Pronouns, Pronouns),
        Honorifics = Union(user.Honorifics, Honorifics),
        NameParticles = Union(user.NameParticles, NameParticles),
        QuestionLabels = Union(user.QuestionLabels, QuestionLabels),
        TurnLabels = Union(user.TurnLabels, TurnLabels),
        Exclusions = user.Exclusions.Concat(Exclusions).ToArray(),
        RepeatedBlockMinLength = user.RepeatedBlockMinLength ?? RepeatedBlockMinLength,
        Units = user.Units.Concat(Units).ToArray(),
        FallbackUnits = Union(user.FallbackUnits, FallbackUnits),
        Measures = user.Measures.Concat(Measures).ToArray(),
        FallbackMeasures = Union(user.FallbackMeasures, FallbackMeasures),
        Qualifiers = user.Qualifiers.Concat(Qualifiers).ToArray(),
        VagueLowerBounds = user.VagueLowerBounds.Concat(VagueLowerBounds.Where(p => !user.VagueLowerBounds.ContainsKey(p.Key)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase),
        Months = Union(user.Months, Months),
        Weekdays = Union(user.Weekdays, Weekdays),
        Ignores = user.Ignores.Concat(Ignores).ToArray(),
        TermMaxWords = user.TermMaxWords ?? TermMaxWords,
        UnknownOutlet = user.UnknownOutlet ?? UnknownOutlet,
    };

    private static IReadOnlyList<string> Union(IReadOnlyList<string> first, IReadOnlyList<string> second)
        => first.Concat(second).Distinct(StringComparer.Ordinal).ToArray();

    private static DraftRules LoadDefault()
    {
        using var stream = typeof(DraftRules).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException("The built-in drafting rules are missing from KzDataset.Core.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "drafting.default.json");
    }

    private static DraftRules Read(JsonElement root, string path)
    {
        var rules = new DraftRules();
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "$schema" or "$comment": break;
                case "language": rules.Language = value.GetString(); break;
                case "reportingVerbs": rules.ReportingVerbs = Strings(value); break;
                case "indirectVerbs": rules.IndirectVerbs = Strings(value); break;
                case "pronouns": rules.Pronouns = Strings(value); break;
                case "honorifics": rules.Honorifics = Strings(value); break;
                case "nameParticles": rules.NameParticles = Strings(value); break;
                case "questionLabels": rules.QuestionLabels = Strings(value); break;
                case "turnLabels": rules.TurnLabels = Strings(value); break;
                case "exclusions": rules.Exclusions = Patterns(value); break;
                case "repeatedBlockMinLength": rules.RepeatedBlockMinLength = value.GetInt32(); break;
                case "units": rules.Units = Keywords(value); break;
                case "fallbackUnits": rules.FallbackUnits = Strings(value); break;
                case "measures": rules.Measures = Keywords(value); break;
                case "fallbackMeasures": rules.FallbackMeasures = Strings(value); break;
                case "qualifiers": rules.Qualifiers = Keywords(value); break;
                case "vagueLowerBounds":
                    rules.VagueLowerBounds = value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal(), StringComparer.OrdinalIgnoreCase);
                    break;
                case "months": rules.Months = Strings(value); break;
                case "weekdays": rules.Weekdays = Strings(value); break;
                case "ignores": rules.Ignores = Patterns(value); break;
                case "termMaxWords": rules.TermMaxWords = value.GetInt32(); break;
                case "unknownOutlet":
                    rules.UnknownOutlet = (Required(value, "id", path), Required(value, "name", path));
                    break;
                default: throw new DraftException($"{path}: unknown field '{property.Name}' in the drafting rules");
            }
        }
        return rules;
    }

    private static string Required(JsonElement item, string name, string path)
        => item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new DraftException($"{path}: an entry lacks the string '{name}'");

    private static IReadOnlyList<string> Strings(JsonElement value) => value.EnumerateArray().Select(v => v.GetString()!).ToArray();

    private static IReadOnlyList<DraftPattern> Patterns(JsonElement value) => value.EnumerateArray()
        .Select(v => new DraftPattern(v.GetProperty("pattern").GetString()!, v.GetProperty("reason").GetString()!,
            v.TryGetProperty("inline", out var inline) && inline.GetBoolean(),
            v.TryGetProperty("toEnd", out var toEnd) && toEnd.GetBoolean()))
        .ToArray();

    private static IReadOnlyList<DraftKeywords> Keywords(JsonElement value) => value.EnumerateArray()
        .Select(v => new DraftKeywords(v.GetProperty("id").GetString()!, Strings(v.GetProperty("keywords"))))
        .ToArray();
}

/// <summary>A regular expression and the sidecar word it proposes (an exclusion or ignore reason).</summary>
public sealed class DraftPattern
{
    public DraftPattern(string pattern, string reason, bool inline, bool toEnd = false)
    {
        Pattern = pattern;
        Reason = reason;
        Inline = inline;
        ToEnd = toEnd;
    }

    public string Pattern { get; }

    public string Reason { get; }

    /// <summary>For an exclusion: the match alone, not its whole line.</summary>
    public bool Inline { get; }

    /// <summary>For an exclusion: from the matched line to the end of the text (a comment section, the page's footer).</summary>
    public bool ToEnd { get; }
}

/// <summary>A registry or vocabulary id and the words that suggest it.</summary>
public sealed class DraftKeywords
{
    public DraftKeywords(string id, IReadOnlyList<string> keywords)
    {
        Id = id;
        Keywords = keywords;
    }

    public string Id { get; }

    public IReadOnlyList<string> Keywords { get; }
}

/// <summary>A user error in drafting (a missing folder, registry or an invalid rules file): one line for the user.</summary>
public sealed class DraftException : Exception
{
    public DraftException(string message)
        : base(message)
    {
    }
}
