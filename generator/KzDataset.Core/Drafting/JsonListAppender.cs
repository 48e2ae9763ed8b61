using System.Collections.Generic;
using System.Linq;
using System.Text;
using KzDataset.Core.Json;

namespace KzDataset.Core.Drafting;

/// <summary>
/// Appends entries to a list of a JSON file's root object, as text: everything already in the file
/// stays byte for byte (a person's registry and sidecars are never rewritten, only added to).
/// </summary>
public static class JsonListAppender
{
    /// <summary>
    /// <paramref name="json"/> with <paramref name="entries"/> (each one JSON value on one line) added at
    /// the end of the root's list <paramref name="listName"/>, which is created when absent. Throws
    /// <see cref="DraftException"/> when the file is not a JSON object or the property is no list.
    /// </summary>
    public static string Append(string json, string listName, IReadOnlyList<string> entries, string path)
    {
        if (entries.Count == 0) return json;
        var result = JsonTreeReader.Read(json, new Utf8OffsetMap(json));
        if (result.Root is not JsonObject root) throw new DraftException($"{path}: not a JSON object{(result.Error is null ? string.Empty : ": " + result.Error)}");
        var property = root.Properties.LastOrDefault(p => p.Name == listName);
        var builder = new StringBuilder(json.Length + entries.Sum(e => e.Length + 8));
        if (property is null)
        {
            // Before the root's closing brace, after its last property.
            var at = root.Properties.Count == 0 ? root.Start + 1 : root.Properties[root.Properties.Count - 1].Value.End;
            builder.Append(json, 0, at);
            builder.Append(root.Properties.Count == 0 ? "\n  \"" : ",\n  \"").Append(listName).Append("\": [\n");
            builder.Append(string.Join(",\n", entries.Select(e => "    " + e)));
            builder.Append("\n  ]");
            builder.Append(json, at, json.Length - at);
            return builder.ToString();
        }
        if (property.Value is not JsonArray array) throw new DraftException($"{path}: '{listName}' is not a list");
        var insertAt = array.Items.Count == 0 ? array.Start + 1 : array.Items[array.Items.Count - 1].End;
        builder.Append(json, 0, insertAt);
        builder.Append(array.Items.Count == 0 ? "\n" : ",\n");
        builder.Append(string.Join(",\n", entries.Select(e => "    " + e)));
        if (array.Items.Count == 0) builder.Append("\n  ");
        builder.Append(json, insertAt, json.Length - insertAt);
        return builder.ToString();
    }

    /// <summary>A proposed person as a registry entry on one line.</summary>
    public static string Entry(DraftPerson person)
        => SidecarWriter.InlineEntry(new (string, object?)[] { ("id", person.Id), ("name", person.Name), ("aliases", person.Aliases.Count == 0 ? null : person.Aliases), ("kind", "expert"), ("review", person.Review + " The kind \"expert\" is a guess.") }, out _);

    /// <summary>A proposed outlet as a registry entry on one line.</summary>
    public static string Entry(DraftOutlet outlet)
        => SidecarWriter.InlineEntry(new (string, object?)[] { ("id", outlet.Id), ("name", outlet.Name), ("review", outlet.Review) }, out _);
}
