using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using KzDataset.Format;

namespace KzDataset;

/// <summary>
/// The embedded registry files, each list in the order the corpus header records (the order article
/// records refer to by position), so a position in a list is the position a record names.
/// </summary>
internal sealed class Registry
{
    private Registry(IReadOnlyList<Entry> people, IReadOnlyList<Entry> outlets, IReadOnlyList<Entry> measures, IReadOnlyList<Entry> units)
    {
        People = people;
        Outlets = outlets;
        Measures = measures;
        Units = units;
    }

    public IReadOnlyList<Entry> People { get; }

    public IReadOnlyList<Entry> Outlets { get; }

    public IReadOnlyList<Entry> Measures { get; }

    public IReadOnlyList<Entry> Units { get; }

    public static Registry Load(SeedResources resources, RegistryOrder order)
    {
        var lists = new Dictionary<string, List<Entry>>(StringComparer.Ordinal)
        {
            ["people"] = new(), ["outlets"] = new(), ["measures"] = new(), ["units"] = new(),
        };
        foreach (var file in resources.RegistryFiles())
        {
            var name = SeedResources.RegistryPrefix + file;
            var bytes = SeedDecoder.WithoutBom(resources.Read(name));
            // JsonDocument checks UTF-8 only when a string is read (and then throws InvalidOperationException).
            if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
            {
                throw new InvalidDataException($"The embedded registry file '{file}' is not valid UTF-8: it is not the file the build checked.");
            }
            try
            {
                using var document = JsonDocument.Parse(bytes, Sidecar.Options);
                foreach (var (key, list) in lists)
                {
                    if (document.RootElement.TryGetProperty(key, out var items) && items.ValueKind == JsonValueKind.Array)
                    {
                        list.AddRange(items.EnumerateArray().Select(i => new Entry(i)));
                    }
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                // InvalidOperationException: a string with an escaped lone surrogate ("\uD800"), which the build rejects.
                throw new InvalidDataException($"The embedded registry file '{file}' is not the JSON the build checked: {ex.Message}", ex);
            }
        }
        return new Registry(
            InOrder("people", lists["people"], order.People),
            InOrder("outlets", lists["outlets"], order.Outlets),
            InOrder("measures", lists["measures"], order.Measures),
            InOrder("units", lists["units"], order.Units));
    }

    /// <summary>The entries in the header's order; an entry the header does not name, or the other way round, means the files are not the ones the build read.</summary>
    private static Entry[] InOrder(string list, List<Entry> entries, IReadOnlyList<string> order)
    {
        var byId = new Dictionary<string, Entry>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries) byId.TryAdd(entry.Id, entry);
        if (byId.Count != order.Count)
        {
            throw new InvalidDataException($"The embedded registries hold {byId.Count} {list}; the corpus header records {order.Count}: they are not the files the build checked.");
        }
        var ordered = new Entry[order.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = byId.TryGetValue(order[i], out var entry) ? entry
                : throw new InvalidDataException($"The corpus header names {list} entry '{order[i]}', which the embedded registries do not hold: they are not the files the build checked.");
        }
        return ordered;
    }

    /// <summary>One registry entry's string fields, read out of its document (which is then released).</summary>
    internal sealed class Entry
    {
        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

        public Entry(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String) _strings[property.Name] = property.Value.GetString()!;
                    else if (property.Name == "aliases" && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        Aliases = property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToArray();
                    }
                }
            }
            Id = String("id") ?? throw new InvalidDataException("An embedded registry entry has no id: it is not the file the build checked.");
        }

        public string Id { get; }

        public string[] Aliases { get; } = Array.Empty<string>();

        public string? String(string property) => _strings.TryGetValue(property, out var value) ? value : null;
    }
}
