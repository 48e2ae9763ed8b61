using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KzDataset.Cli.Export;

/// <summary>Writes the export files: one JSON array per file, or JSON Lines (one object per line).</summary>
internal static class JsonExporter
{
    public static readonly IReadOnlyList<string> Formats = new[] { "json", "jsonl" };

    private static readonly JsonSerializerOptions Indented = Options(indented: true);
    private static readonly JsonSerializerOptions Compact = Options(indented: false);

    /// <summary>Writes every file into <paramref name="directory"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(Corpus corpus, string directory, string format)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>
        {
            WriteFile(directory, "articles", format, ExportBuilder.Articles(corpus)),
            WriteFile(directory, "experts", format, ExportBuilder.People(corpus)),
            WriteFile(directory, "quotes", format, ExportBuilder.Quotes(corpus)),
            WriteFile(directory, "figures", format, ExportBuilder.Figures(corpus)),
            WriteFile(directory, "corrections", format, ExportBuilder.Corrections(corpus)),
            WriteFile(directory, "turns", format, ExportBuilder.Turns(corpus)),
        };
        return written;
    }

    private static string WriteFile<T>(string directory, string name, string format, IReadOnlyList<T> records)
    {
        var path = Path.Combine(directory, name + "." + format);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        if (format == "jsonl")
        {
            foreach (var record in records) writer.WriteLine(JsonSerializer.Serialize(record, Compact));
        }
        else
        {
            writer.WriteLine(JsonSerializer.Serialize(records, Indented));
        }
        return path;
    }

    private static JsonSerializerOptions Options(bool indented) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = indented,
        // Keep “curly quotes”, accents and Cyrillic readable in the files: the data is text.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };
}
