using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace KzDataset.Cli.Export;

/// <summary>The steps that write one format: one per file, so progress can be shown file by file.</summary>
internal static class ExportPlan
{
    public static ExportJob For(Corpus corpus, string format, string packageName) => format switch
    {
        "json" or "jsonl" => new ExportJob(JsonFiles(corpus, format)),
        "csv" => new ExportJob(TableFiles(corpus, format, packageName, "text/csv", CsvTableWriter.Write)),
        "parquet" => new ExportJob(TableFiles(corpus, format, packageName, "application/vnd.apache.parquet", ParquetTableWriter.Write)),
        "duckdb" => DuckDbFile(corpus),
        _ => throw new CliException($"unknown format '{format}'. Known: {string.Join(", ", ExportFormats.All)}"),
    };

    private static IReadOnlyList<ExportStep> JsonFiles(Corpus corpus, string format) =>
        JsonExporter.Files.Select(name => new ExportStep(name + "." + format, directory => JsonExporter.WriteFile(corpus, directory, name, format))).ToList();

    private static IReadOnlyList<ExportStep> TableFiles(Corpus corpus, string format, string packageName, string mediaType, System.Action<ExportTable, string> write)
    {
        IReadOnlyList<ExportTable> tables = [];
        var resources = new List<DataPackageResource>();
        var steps = new List<ExportStep> { new("reading the corpus", _ => { tables = ExportTables.From(corpus); return null; }) };
        steps.AddRange(ExportTables.Names.Select((name, i) => new ExportStep(name + "." + format, directory =>
        {
            var fileName = name + "." + format;
            write(tables[i], Path.Combine(directory, fileName));
            resources.Add(new DataPackageResource(tables[i], fileName, format, mediaType));
            return fileName;
        })));
        steps.Add(new ExportStep(DataPackageWriter.FileName, directory =>
        {
            DataPackageWriter.Write(directory, packageName, resources);
            return DataPackageWriter.FileName;
        }));
        return steps;
    }

    private static ExportJob DuckDbFile(Corpus corpus)
    {
        IReadOnlyList<ExportTable> tables = [];
        DuckDbWriter? writer = null;
        var steps = new List<ExportStep>
        {
            new("reading the corpus", directory =>
            {
                tables = ExportTables.From(corpus);
                writer = new DuckDbWriter(Path.Combine(directory, DuckDbWriter.FileName));
                return null;
            }),
        };
        steps.AddRange(ExportTables.Names.Select((name, i) => new ExportStep("table " + name, _ =>
        {
            writer!.Write(tables[i]);
            return null;
        })));
        steps.Add(new ExportStep("views", _ =>
        {
            writer!.Finish();
            writer.Dispose();
            return DuckDbWriter.FileName;
        }));
        // The connection is closed however the steps end, so a failed export leaves no open file behind.
        return new ExportJob(steps, () => writer?.Dispose());
    }
}
