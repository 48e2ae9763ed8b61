using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace KzDataset.Cli.Export;

/// <summary>Writes a table as one Parquet row group with typed columns (strings, INT32, BOOLEAN, DATE, DECIMAL(38, 9)).</summary>
internal static class ParquetTableWriter
{
    public static void Write(ExportTable table, string path) => WriteAsync(table, path).GetAwaiter().GetResult();

    public static DataField Field(ExportColumn column) => column.Type switch
    {
        ColumnType.Text => new DataField<string>(column.Name, column.Nullable),
        ColumnType.Integer => column.Nullable ? new DataField<int?>(column.Name) : new DataField<int>(column.Name),
        ColumnType.Bool => column.Nullable ? new DataField<bool?>(column.Name) : new DataField<bool>(column.Name),
        ColumnType.Date => column.Nullable ? new DataField<DateOnly?>(column.Name) : new DataField<DateOnly>(column.Name),
        ColumnType.Number => new DecimalDataField(column.Name, ExportTypes.DecimalPrecision, ExportTypes.DecimalScale, isNullable: column.Nullable),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    private static async Task WriteAsync(ExportTable table, string path)
    {
        var fields = table.Columns.Select(Field).ToArray();
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var values = table.Rows.Select(row => row[i]).ToArray();
            var task = table.Columns[i].Type switch
            {
                ColumnType.Text => group.WriteAsync(field, values.Cast<string>().ToArray()),
                ColumnType.Integer => Write<int>(group, field, values, table.Columns[i].Nullable),
                ColumnType.Bool => Write<bool>(group, field, values, table.Columns[i].Nullable),
                ColumnType.Date => Write<DateOnly>(group, field, values, table.Columns[i].Nullable),
                ColumnType.Number => Write<decimal>(group, field, values, table.Columns[i].Nullable),
                _ => throw new ArgumentOutOfRangeException(nameof(table)),
            };
            await task;
        }
        group.CompleteValidate();
    }

    private static Task Write<T>(ParquetRowGroupWriter group, DataField field, object?[] values, bool nullable)
        where T : struct
        => nullable
            ? group.WriteAsync<T>(field, values.Select(v => (T?)v).ToArray().AsMemory())
            : group.WriteAsync<T>(field, values.Select(v => (T)v!).ToArray().AsMemory());
}
