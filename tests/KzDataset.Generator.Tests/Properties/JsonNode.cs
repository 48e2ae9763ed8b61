using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace KzDataset.Generator.Tests.Properties;

/// <summary>
/// A JSON tree the property tests can bend in ways a JSON library would refuse to write: repeated
/// keys, raw numbers of any size, escaped lone surrogates, nesting deeper than readers allow, and
/// text that is not JSON at all.
/// </summary>
internal abstract class JsonNode
{
    public abstract JsonNode Clone();

    /// <summary>Reads the fixture's JSON (comments and trailing commas allowed) into a tree.</summary>
    public static JsonNode Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return From(document.RootElement);
    }

    private static JsonNode From(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new JsonObjectNode(element.EnumerateObject().Select(p => new KeyValuePair<string, JsonNode>(p.Name, From(p.Value)))),
        JsonValueKind.Array => new JsonArrayNode(element.EnumerateArray().Select(From)),
        JsonValueKind.String => new JsonStringNode(element.GetString()!),
        _ => new JsonRawNode(element.GetRawText()),
    };
}

/// <summary>An object whose properties keep their order and may repeat a key.</summary>
internal sealed class JsonObjectNode : JsonNode
{
    public JsonObjectNode(IEnumerable<KeyValuePair<string, JsonNode>> properties) => Properties = properties.ToList();

    public List<KeyValuePair<string, JsonNode>> Properties { get; }

    public JsonNode? this[string key]
    {
        get => Properties.LastOrDefault(p => p.Key == key).Value;
        set
        {
            var index = Properties.FindLastIndex(p => p.Key == key);
            if (value is null)
            {
                if (index >= 0) Properties.RemoveAt(index);
            }
            else if (index >= 0) Properties[index] = new KeyValuePair<string, JsonNode>(key, value);
            else Properties.Add(new KeyValuePair<string, JsonNode>(key, value));
        }
    }

    public override JsonNode Clone() => new JsonObjectNode(Properties.Select(p => new KeyValuePair<string, JsonNode>(p.Key, p.Value.Clone())));
}

internal sealed class JsonArrayNode : JsonNode
{
    public JsonArrayNode(IEnumerable<JsonNode> items) => Items = items.ToList();

    public List<JsonNode> Items { get; }

    public override JsonNode Clone() => new JsonArrayNode(Items.Select(i => i.Clone()));
}

internal sealed class JsonStringNode : JsonNode
{
    public JsonStringNode(string value) => Value = value;

    public string Value { get; set; }

    public override JsonNode Clone() => new JsonStringNode(Value);
}

/// <summary>Written as is: numbers of any size and spelling, true, false, null, or text that is not JSON.</summary>
internal sealed class JsonRawNode : JsonNode
{
    public JsonRawNode(string text) => Text = text;

    public string Text { get; }

    public override JsonNode Clone() => this;
}
