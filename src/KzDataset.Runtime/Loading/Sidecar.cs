using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace KzDataset;

/// <summary>
/// The free text of one embedded sidecar (ids, notes, subjects…), read where the article record
/// says: by field name and array position. The build has checked the file, so nothing here
/// validates; a field of the wrong shape is a damaged assembly.
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
    // Indexing a JSON array of objects walks it from the start; each array is walked once instead.
    private readonly Dictionary<string, JsonElement[]> _arrays = new(StringComparer.Ordinal);

    public Sidecar(string name, ReadOnlyMemory<byte> utf8)
    {
        _name = name;
        try
        {
            _document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The embedded sidecar '{name}' is not the JSON the build checked: {ex.Message}", ex);
        }
    }

    /// <summary>A string field of the root object, or of one of its objects.</summary>
    public string? String(string property, string? inObject = null)
    {
        var root = _document.RootElement;
        if (inObject is not null && !TryGet(root, inObject, out root)) return null;
        return TryGet(root, property, out var value) ? Text(value, property) : null;
    }

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
        if (index >= items.Length)
        {
            throw new InvalidDataException($"The embedded sidecar '{_name}' has no {array}[{index}]: it is not the file the build checked.");
        }
        return TryGet(items[index], property, out var value) ? Text(value, property) : null;
    }

    public void Dispose() => _document.Dispose();

    private static bool TryGet(JsonElement element, string property, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out value);
    }

    private string? Text(JsonElement value, string property) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new InvalidDataException($"The embedded sidecar '{_name}' has a non-string '{property}': it is not the file the build checked."),
    };
}
