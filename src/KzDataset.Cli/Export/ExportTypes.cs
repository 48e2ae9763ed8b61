using System;
using System.Globalization;

namespace KzDataset.Cli.Export;

/// <summary>How each <see cref="ColumnType"/> is named in Table Schema and DuckDB, and written as text.</summary>
internal static class ExportTypes
{
    /// <summary>Decimals are DECIMAL(38, 9): every integer part a .NET decimal can hold, and nine decimals.</summary>
    public const int DecimalPrecision = 38;

    public const int DecimalScale = 9;

    public static string TableSchemaType(ColumnType type) => type switch
    {
        ColumnType.Text => "string",
        ColumnType.Integer => "integer",
        ColumnType.Bool => "boolean",
        ColumnType.Date => "date",
        ColumnType.Number => "number",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string DuckDbType(ColumnType type) => type switch
    {
        ColumnType.Text => "VARCHAR",
        ColumnType.Integer => "INTEGER",
        ColumnType.Bool => "BOOLEAN",
        ColumnType.Date => "DATE",
        ColumnType.Number => $"DECIMAL({DecimalPrecision}, {DecimalScale})",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>A value as CSV text: invariant culture, ISO dates, lower-case booleans, an empty field for null.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
