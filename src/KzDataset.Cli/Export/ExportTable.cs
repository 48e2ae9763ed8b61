using System.Collections.Generic;

namespace KzDataset.Cli.Export;

/// <summary>The types a flat export column can have; each maps to a Table Schema, Parquet and DuckDB type.</summary>
internal enum ColumnType
{
    /// <summary>Text (UTF-8).</summary>
    Text,

    /// <summary>A 32-bit integer (offsets, counts, date parts).</summary>
    Integer,

    /// <summary>true or false.</summary>
    Bool,

    /// <summary>A calendar day (Parquet and DuckDB DATE, ISO 8601 in CSV).</summary>
    Date,

    /// <summary>An exact decimal number, DECIMAL(38, 9).</summary>
    Number,
}

/// <summary>One column of a flat table.</summary>
internal sealed record ExportColumn(string Name, ColumnType Type, bool Nullable, string Description);

/// <summary>Columns of a table that refer to the primary key of another.</summary>
internal sealed record ExportForeignKey(IReadOnlyList<string> Fields, string Table, IReadOnlyList<string> ReferencedFields);

/// <summary>
/// A normalized table of the flat exports (CSV, Parquet, DuckDB): its columns, keys and rows. Every writer
/// and the data package descriptor read the same definition, so the formats cannot drift apart.
/// </summary>
internal sealed record ExportTable(
    string Name,
    string Description,
    IReadOnlyList<ExportColumn> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<ExportForeignKey> ForeignKeys,
    IReadOnlyList<object?[]> Rows);
