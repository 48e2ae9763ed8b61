using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KzDataset.Cli.Export;

/// <summary>A file of the export that the data package describes: the table it holds and how it is stored.</summary>
internal sealed record DataPackageResource(ExportTable Table, string FileName, string Format, string MediaType);

/// <summary>
/// Writes <c>datapackage.json</c>: a Frictionless Data Package whose resources are tabular data resources,
/// each with its path, format, media type, encoding, Table Schema (fields, primary and foreign keys), its
/// size, its SHA-256 (<c>sha256:&lt;hex&gt;</c>) and its row count (<c>rows</c>).
/// </summary>
internal static class DataPackageWriter
{
    public const string FileName = "datapackage.json";

    public static void Write(string directory, string packageName, IReadOnlyList<DataPackageResource> resources)
    {
        using var stream = File.Create(Path.Combine(directory, FileName));
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-package");
        json.WriteString("name", packageName);
        json.WriteStartArray("resources");
        foreach (var resource in resources) WriteResource(json, directory, resource);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteResource(Utf8JsonWriter json, string directory, DataPackageResource resource)
    {
        var table = resource.Table;
        var bytes = File.ReadAllBytes(Path.Combine(directory, resource.FileName));
        json.WriteStartObject();
        json.WriteString("name", table.Name);
        json.WriteString("description", table.Description);
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("path", resource.FileName);
        json.WriteString("format", resource.Format);
        json.WriteString("mediatype", resource.MediaType);
        json.WriteString("encoding", "utf-8");
        json.WriteNumber("bytes", bytes.LongLength);
        json.WriteString("hash", "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)));
        json.WriteNumber("rows", table.Rows.Count);
        if (resource.Format == "csv")
        {
            json.WriteStartObject("dialect");
            json.WriteString("delimiter", ",");
            json.WriteString("quoteChar", "\"");
            json.WriteBoolean("doubleQuote", true);
            json.WriteBoolean("header", true);
            json.WriteEndObject();
        }
        WriteSchema(json, table);
        json.WriteEndObject();
    }

    private static void WriteSchema(Utf8JsonWriter json, ExportTable table)
    {
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("name", column.Name);
            json.WriteString("type", ExportTypes.TableSchemaType(column.Type));
            json.WriteString("description", column.Description);
            if (!column.Nullable)
            {
                json.WriteStartObject("constraints");
                json.WriteBoolean("required", true);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        // A null is an empty field in CSV; Parquet and DuckDB have real nulls.
        json.WriteStartArray("missingValues");
        json.WriteStringValue(string.Empty);
        json.WriteEndArray();
        json.WriteStartArray("primaryKey");
        foreach (var field in table.PrimaryKey) json.WriteStringValue(field);
        json.WriteEndArray();
        json.WriteStartArray("foreignKeys");
        foreach (var key in table.ForeignKeys)
        {
            json.WriteStartObject();
            WriteStrings(json, "fields", key.Fields);
            json.WriteStartObject("reference");
            json.WriteString("resource", key.Table);
            WriteStrings(json, "fields", key.ReferencedFields);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
