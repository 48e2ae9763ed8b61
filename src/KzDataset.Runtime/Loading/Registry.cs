using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace KzDataset;

/// <summary>
/// The embedded registry files, read as the generator orders them: every list sorted by id
/// (ordinal), so a position in a list is the position an article record refers to.
/// </summary>
internal sealed class Registry
{
    private Registry(List<Entry> people, List<Entry> outlets, List<Entry> measures, List<Entry> units)
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

    public static Registry Load(SeedResources resources)
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
        return new Registry(lists["people"], lists["outlets"], lists["measures"], lists["units"]);
    }

    private static Entry[] Sorted(List<Entry> items) => items.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();

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
