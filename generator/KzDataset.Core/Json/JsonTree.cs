using System.Collections.Generic;

namespace KzDataset.Core.Json;

/// <summary>
/// A JSON value with its character span in the source file. <c>JsonDocument</c> does not keep
/// positions, and diagnostics must point at the exact field, so the parser builds this small tree.
/// </summary>
internal abstract class JsonValue
{
    protected JsonValue(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>UTF-16 offset of the first character of the value.</summary>
    public int Start { get; }

    /// <summary>UTF-16 offset just past the value.</summary>
    public int End { get; }

    public abstract string KindName { get; }
}

internal sealed class JsonString : JsonValue
{
    public JsonString(string value, int start, int end) : base(start, end) => Value = value;

    public string Value { get; }

    public override string KindName => "a string";
}

internal sealed class JsonNumber : JsonValue
{
    public JsonNumber(string raw, int start, int end) : base(start, end) => Raw = raw;

    /// <summary>The number exactly as written, parsed later with invariant culture.</summary>
    public string Raw { get; }

    public override string KindName => "a number";
}

internal sealed class JsonBoolean : JsonValue
{
    public JsonBoolean(bool value, int start, int end) : base(start, end) => Value = value;

    public bool Value { get; }

    public override string KindName => "a boolean";
}

internal sealed class JsonNull : JsonValue
{
    public JsonNull(int start, int end) : base(start, end)
    {
    }

    public override string KindName => "null";
}

internal sealed class JsonArray : JsonValue
{
    public JsonArray(IReadOnlyList<JsonValue> items, int start, int end) : base(start, end) => Items = items;

    public IReadOnlyList<JsonValue> Items { get; }

    public override string KindName => "an array";
}

internal sealed class JsonProperty
{
    public JsonProperty(string name, int nameStart, int nameEnd, JsonValue value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonValue Value { get; }
}

internal sealed class JsonObject : JsonValue
{
    public JsonObject(IReadOnlyList<JsonProperty> properties, int start, int end) : base(start, end)
        => Properties = properties;

    /// <summary>Properties in source order, duplicates included (the reader reports them).</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }

    public override string KindName => "an object";
}
