using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Unicode;

namespace KzDataset;

/// <summary>
/// The free text of one embedded sidecar (ids, notes, subjects…), read where the article record
/// says: by field name and array position. The build has checked the file, and the record's
/// fingerprint ties these bytes to that check; what does not fit (not UTF-8, not JSON, a position
/// past an array, a field of the wrong shape, a required field missing) is an
/// <see cref="InvalidDataException"/> naming the article and the field.
/// </summary>
internal sealed class Sidecar : IDisposable
{
    /// <summary>How the seed files are read at run time: JSON with comments and trailing commas, as the generator accepts it.</summary>
    public static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly JsonDocument _document;
    private readonly string _name;
    private readonly string _articleId;
    // Indexing a JSON array of objects walks it from the start; each array is walked once instead.
    private readonly Dictionary<string, JsonElement[]> _arrays = new(StringComparer.Ordinal);

    public Sidecar(string name, string articleId, ReadOnlyMemory<byte> utf8)
    {
        _name = name;
        _articleId = articleId;
        // JsonDocument checks UTF-8 only when a string is read (and then throws InvalidOperationException): check it all here.
        if (!Utf8.IsValid(utf8.Span)) throw Damaged("is not valid UTF-8");
        try
        {
            _document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The embedded sidecar '{name}' of article '{articleId}' is not the JSON the build checked: {ex.Message}", ex);
        }
    }

    /// <summary>A string field of the root object, or of one of its objects.</summary>
    public string? String(string property, string? inObject = null)
    {
        var root = _document.RootElement;
        if (inObject is not null && !TryGet(root, inObject, out root)) return null;
        return TryGet(root, property, out var value) ? Text(value, property) : null;
    }

    /// <summary>A string field of the root object that the build requires.</summary>
    public string Required(string property) => String(property) ?? throw Damaged($"has no '{property}'");

    /// <summary>A string field of element <paramref name="index"/> of a root array.</summary>
    public string? Item(string array, int index, string property)
    {
        if (!_arrays.TryGetValue(array, out var items))
        {
            items = TryGet(_document.RootElement, array, out var found) && found.ValueKind == JsonValueKind.Array
                ? found.EnumerateArray().ToArray()
                : Array.Empty<JsonElement>();
            _arrays[array] = items;
        }
        if ((uint)index >= (uint)items.Length) throw Damaged($"has no {array}[{index}] (the record refers to it)");
        return TryGet(items[index], property, out var value) ? Text(value, array + "[" + index + "]." + property) : null;
    }

    /// <summary>A string field of an array element that the build requires (an id, a subject).</summary>
    public string RequiredItem(string array, int index, string property)
        => Item(array, index, property) ?? throw Damaged($"has no {array}[{index}].{property}");

    public void Dispose() => _document.Dispose();

    private static bool TryGet(JsonElement element, string property, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out value);
    }

    private string? Text(JsonElement value, string property)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                try
                {
                    return value.GetString();
                }
                catch (InvalidOperationException ex)
                {
                    // An escaped lone surrogate ("\uD800"), which the build rejects.
                    throw new InvalidDataException($"The embedded sidecar '{_name}' of article '{_articleId}' has a '{property}' that is no string: {ex.Message}", ex);
                }
            case JsonValueKind.Null:
                return null;
            default:
                throw Damaged($"has a non-string '{property}'");
        }
    }

    private InvalidDataException Damaged(string what)
        => new($"The embedded sidecar '{_name}' of article '{_articleId}' {what}: it is not the file the build checked.");
}
