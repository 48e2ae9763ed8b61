using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KzDataset.Cli.Lists;

/// <summary>Rows as a JSON array of objects with camelCase fields (numbers as numbers, missing values as null).</summary>
internal static class JsonListWriter
{
    public static void Write<T>(TextWriter output, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        var fields = columns.Where(c => c.InData).ToList();
        using var buffer = new MemoryStream();
        // Relaxed escaping keeps "Tokaïev" readable; control characters are still escaped by the writer.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                foreach (var field in fields)
                {
                    json.WritePropertyName(field.Field);
                    WriteValue(json, field.Value(row));
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        // Printable turns any format or bidi character the encoder let through into \uXXXX, which inside a JSON
        // string is the escape of the same character, so the output stays the same JSON.
        output.Write(Printable.Text(Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", System.StringComparison.Ordinal)) + "\n");
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case int number: json.WriteNumberValue(number); break;
            case decimal number: json.WriteNumberValue(number); break;
            default: json.WriteStringValue(ValueText.Of(value)); break;
        }
    }
}
