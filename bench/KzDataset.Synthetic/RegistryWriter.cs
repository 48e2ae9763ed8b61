using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using KzDataset.Synthetic.Model;

namespace KzDataset.Synthetic;

/// <summary>Writes registry/{people,outlets,measures,units}.json in the layout of seeds/registry.</summary>
internal static class RegistryWriter
{
    public static IEnumerable<(string Name, byte[] Content)> Write(SyntheticRegistry registry)
    {
        yield return ("people.json", Document("people", registry.People.Count, (json, i) =>
        {
            var person = registry.People[i];
            json.WriteString("id", person.Id);
            json.WriteString("name", person.Name);
            json.WriteString("kind", person.Kind);
            json.WriteStartArray("aliases");
            foreach (var alias in person.Aliases) json.WriteStringValue(alias);
            json.WriteEndArray();
            if (person.Affiliation is not null) json.WriteString("affiliation", person.Affiliation);
            if (person.Role is not null) json.WriteString("role", person.Role);
            if (person.Note is not null) json.WriteString("note", person.Note);
        }));
        yield return ("outlets.json", Document("outlets", registry.Outlets.Count, (json, i) =>
        {
            var outlet = registry.Outlets[i];
            json.WriteString("id", outlet.Id);
            json.WriteString("name", outlet.Name);
            json.WriteString("country", outlet.Extra);
            json.WriteString("language", "en");
        }));
        yield return ("measures.json", Document("measures", registry.Measures.Count, (json, i) =>
        {
            json.WriteString("id", registry.Measures[i].Id);
            json.WriteString("name", registry.Measures[i].Name);
            json.WriteString("description", registry.Measures[i].Extra);
        }));
        yield return ("units.json", Document("units", registry.Units.Count, (json, i) =>
        {
            json.WriteString("id", registry.Units[i].Id);
            json.WriteString("name", registry.Units[i].Name);
            if (registry.Units[i].Extra is { } symbol) json.WriteString("symbol", symbol);
        }));
    }

    private static byte[] Document(string name, int count, System.Action<Utf8JsonWriter, int> entry)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, SidecarWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "../schema/" + name + ".schema.json");
            json.WriteStartArray(name);
            for (var i = 0; i < count; i++)
            {
                json.WriteStartObject();
                entry(json, i);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
