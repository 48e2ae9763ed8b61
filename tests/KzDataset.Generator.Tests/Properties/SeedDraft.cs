using System.Collections.Generic;
using System.Linq;
using KzDataset.Generator.Tests.Infrastructure;

namespace KzDataset.Generator.Tests.Properties;

/// <summary>
/// The clean fixture corpus as editable trees: texts as strings, sidecars and registries as
/// <see cref="JsonNode"/>s. Mutations edit a copy; <see cref="ToSeedSet"/> writes it back as files.
/// </summary>
internal sealed class SeedDraft
{
    public static readonly IReadOnlyList<string> TextFiles = new[] { Fixtures.NewsText, Fixtures.InterviewText };

    public static readonly IReadOnlyList<string> JsonFiles = new[]
    {
        Fixtures.NewsSidecar, Fixtures.InterviewSidecar,
        Fixtures.PeopleRegistry, Fixtures.OutletsRegistry, Fixtures.MeasuresRegistry, Fixtures.UnitsRegistry,
    };

    private static readonly SeedDraft Clean = FromFixture();

    public Dictionary<string, string> Texts { get; } = new(System.StringComparer.Ordinal);

    public Dictionary<string, JsonNode> Json { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Files written cut short after this many characters of their JSON.</summary>
    public Dictionary<string, int> CutAt { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Files whose strings spell every non-ASCII character as a \u escape.</summary>
    public HashSet<string> EscapeAll { get; } = new(System.StringComparer.Ordinal);

    public static SeedDraft Fresh() => Clean.Clone();

    public JsonObjectNode Object(string file) => (JsonObjectNode)Json[file];

    /// <summary>The node at a path of keys and array indexes ("quotes", "1", "exact"), or null.</summary>
    public JsonNode? At(string file, params string[] path)
    {
        JsonNode? node = Json[file];
        foreach (var step in path)
        {
            node = node switch
            {
                JsonObjectNode o => o[step],
                JsonArrayNode a when int.TryParse(step, out var i) && i < a.Items.Count => a.Items[i],
                _ => null,
            };
            if (node is null) return null;
        }
        return node;
    }

    /// <summary>Sets the value at a path; the last step names a property of the object the rest leads to.</summary>
    public void Set(string file, string[] path, JsonNode? value)
    {
        if (At(file, path.Take(path.Length - 1).ToArray()) is JsonObjectNode parent) parent[path[^1]] = value;
    }

    public SeedSet ToSeedSet()
    {
        var seeds = new SeedSet();
        foreach (var text in Texts) seeds = seeds.With(text.Key, text.Value);
        foreach (var json in Json)
        {
            var content = JsonWriter.Write(json.Value, EscapeAll.Contains(json.Key));
            if (CutAt.TryGetValue(json.Key, out var cut) && cut < content.Length) content = content.Substring(0, cut);
            seeds = seeds.With(json.Key, content);
        }
        return seeds;
    }

    public SeedDraft Clone()
    {
        var copy = new SeedDraft();
        foreach (var text in Texts) copy.Texts[text.Key] = text.Value;
        foreach (var json in Json) copy.Json[json.Key] = json.Value.Clone();
        foreach (var cut in CutAt) copy.CutAt[cut.Key] = cut.Value;
        copy.EscapeAll.UnionWith(EscapeAll);
        return copy;
    }

    private static SeedDraft FromFixture()
    {
        var draft = new SeedDraft();
        foreach (var file in TextFiles) draft.Texts[file] = Fixtures.Corpus[file];
        foreach (var file in JsonFiles) draft.Json[file] = JsonNode.Parse(Fixtures.Corpus[file]);
        return draft;
    }
}
