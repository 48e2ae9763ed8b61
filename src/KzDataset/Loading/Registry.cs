using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace KzDataset;

/// <summary>
/// The embedded registry files, read as the generator orders them: every list sorted by id
/// (ordinal), so a position in a list is the position an article record refers to, and the value of
/// the generated Outlet, Measure and Unit enums.
/// </summary>
internal sealed class Registry
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private Registry(List<JsonElement> people, List<JsonElement> outlets, List<JsonElement> measures, List<JsonElement> units)
    {
        People = Sorted(people);
        Outlets = Sorted(outlets);
        Measures = Sorted(measures);
        Units = Sorted(units);
    }

    public IReadOnlyList<Entry> People { get; }

    public IReadOnlyList<Entry> Outlets { get; }

    public IReadOnlyList<Entry> Measures { get; }

    public IReadOnlyList<Entry> Units { get; }

    public static Registry Load()
    {
        var lists = new Dictionary<string, List<JsonElement>>(StringComparer.Ordinal)
        {
            ["people"] = new(), ["outlets"] = new(), ["measures"] = new(), ["units"] = new(),
        };
        foreach (var file in SeedResources.RegistryFiles())
        {
            var name = SeedResources.RegistryPrefix + file;
            try
            {
                // Cloned elements outlive the document, which is small and read once.
                using var document = JsonDocument.Parse(SeedResources.Read(name), Options);
                foreach (var (key, list) in lists)
                {
                    if (document.RootElement.TryGetProperty(key, out var items) && items.ValueKind == JsonValueKind.Array)
                    {
                        list.AddRange(items.EnumerateArray().Select(i => i.Clone()));
                    }
                }
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"The embedded registry file '{file}' is not the JSON the build checked: {ex.Message}", ex);
            }
        }
        return new Registry(lists["people"], lists["outlets"], lists["measures"], lists["units"]);
    }

    private static Entry[] Sorted(List<JsonElement> items)
        => items.Select(i => new Entry(i)).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();

    /// <summary>One registry entry's fields.</summary>
    internal sealed class Entry
    {
        private readonly JsonElement _element;

        public Entry(JsonElement element)
        {
            _element = element;
            Id = String("id") ?? throw new InvalidDataException("An embedded registry entry has no id: it is not the file the build checked.");
        }

        public string Id { get; }

        public string? String(string property)
            => _element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        public string[] Strings(string property)
            => _element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray()
                : Array.Empty<string>();
    }
}
