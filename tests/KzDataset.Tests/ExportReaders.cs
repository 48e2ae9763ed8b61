using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using DuckDB.NET.Data;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Serialization;

namespace KzDataset.Tests;

/// <summary>Reads the exported tables back with each format's own library, as rows of column name → typed value.</summary>
internal static class ExportReaders
{
    /// <summary>A CSV file through Sep, each field typed by the field's Table Schema type in the data package.</summary>
    public static List<Dictionary<string, object?>> Csv(string path, JsonElement schema)
    {
        var fields = schema.GetProperty("fields").EnumerateArray().ToDictionary(
            f => f.GetProperty("name").GetString()!,
            f => (Type: f.GetProperty("type").GetString()!, Required: f.TryGetProperty("constraints", out var c) && c.GetProperty("required").GetBoolean()));
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var names = reader.Header.ColNames.ToArray();
        var rows = new List<Dictionary<string, object?>>();
        foreach (var row in reader)
        {
            var values = new Dictionary<string, object?>();
            foreach (var name in names) values[name] = Typed(row[name].ToString(), fields[name].Type, fields[name].Required);
            rows.Add(values);
        }
        return rows;
    }

    /// <summary>A Parquet file through Parquet.Net; dates as <see cref="DateOnly"/>.</summary>
    public static List<Dictionary<string, object?>> Parquet(string path)
    {
        using var stream = File.OpenRead(path);
        var result = ParquetSerializer.DeserializeUntypedAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }).GetAwaiter().GetResult();
        // A row holds only its non-null values; the schema gives every column.
        var columns = result.Schema.GetDataFields().Select(f => f.Name).ToList();
        return result.Data.Select(row => columns.ToDictionary(c => c, c => Normalized(row.TryGetValue(c, out var value) ? value : null))).ToList();
    }

    /// <summary>The rows of a DuckDB query.</summary>
    public static List<Dictionary<string, object?>> Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = reader.IsDBNull(i) ? null : Normalized(reader.GetValue(i));
            rows.Add(row);
        }
        return rows;
    }

    public static long Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static object? Typed(string text, string type, bool required)
    {
        if (text.Length == 0) return required && type == "string" ? text : null;
        return type switch
        {
            "string" => text,
            "integer" => int.Parse(text, CultureInfo.InvariantCulture),
            "boolean" => text switch { "true" => true, "false" => false, _ => throw new FormatException(text) },
            "date" => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "number" => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => throw new FormatException(type),
        };
    }

    private static object? Normalized(object? value) => value switch
    {
        DateTime d => DateOnly.FromDateTime(d),
        DBNull => null,
        _ => value,
    };
}
