using System;
using System.Linq;
using DuckDB.NET.Data;

namespace KzDataset.Cli.Export;

/// <summary>Writes the tables into one DuckDB database file with typed columns, keys and the <see cref="DuckDbViews"/>.</summary>
internal sealed class DuckDbWriter : IDisposable
{
    public const string FileName = "kz.duckdb";

    private readonly DuckDBConnection _connection;

    public DuckDbWriter(string path)
    {
        _connection = new DuckDBConnection("Data Source=" + path);
        _connection.Open();
    }

    /// <summary>Creates the table (tables it refers to must exist) and appends its rows.</summary>
    public void Write(ExportTable table)
    {
        Execute(CreateTable(table));
        using var appender = _connection.CreateAppender(table.Name);
        foreach (var values in table.Rows)
        {
            var row = appender.CreateRow();
            for (var i = 0; i < values.Length; i++)
            {
                _ = values[i] switch
                {
                    null => row.AppendNullValue(),
                    string s => row.AppendValue(s),
                    int n => row.AppendValue(n),
                    bool b => row.AppendValue(b),
                    DateOnly d => row.AppendValue(d),
                    decimal m => row.AppendValue(m),
                    var other => throw new InvalidOperationException($"{table.Name}: no DuckDB value for {other.GetType()}"),
                };
            }
            row.EndRow();
        }
    }

    /// <summary>Creates the views and folds the write-ahead log into the file, so the folder holds one file.</summary>
    public void Finish()
    {
        foreach (var statement in DuckDbViews.Statements) Execute(statement);
        Execute("CHECKPOINT");
    }

    public void Dispose() => _connection.Dispose();

    private static string CreateTable(ExportTable table)
    {
        var parts = table.Columns.Select(c => $"{Quoted(c.Name)} {ExportTypes.DuckDbType(c.Type)}{(c.Nullable ? "" : " NOT NULL")}").ToList();
        parts.Add($"PRIMARY KEY ({string.Join(", ", table.PrimaryKey.Select(Quoted))})");
        parts.AddRange(table.ForeignKeys.Select(k =>
            $"FOREIGN KEY ({string.Join(", ", k.Fields.Select(Quoted))}) REFERENCES {Quoted(k.Table)} ({string.Join(", ", k.ReferencedFields.Select(Quoted))})"));
        return $"CREATE TABLE {Quoted(table.Name)} (\n    {string.Join(",\n    ", parts)}\n)";
    }

    // Every identifier is quoted: "end" is an SQL keyword.
    private static string Quoted(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
