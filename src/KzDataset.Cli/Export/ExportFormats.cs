using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Cli.Export;

/// <summary>The formats of <c>kz export</c> and every file name an export can write (how an earlier export is recognised).</summary>
internal static class ExportFormats
{
    public static readonly IReadOnlyList<string> All = new[] { "json", "jsonl", "csv", "parquet", "duckdb" };

    /// <summary>Every file name any format writes.</summary>
    public static readonly IReadOnlySet<string> FileNames = JsonExporter.Files.SelectMany(f => new[] { f + ".json", f + ".jsonl" })
        .Concat(ExportTables.Names.SelectMany(t => new[] { t + ".csv", t + ".parquet" }))
        .Concat(new[] { DataPackageWriter.FileName, DuckDbWriter.FileName, DuckDbWriter.FileName + ".wal" })
        .ToHashSet();
}
