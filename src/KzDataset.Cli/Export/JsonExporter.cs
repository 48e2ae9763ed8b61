using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KzDataset.Cli.Export;

/// <summary>Writes the export files: one JSON array per file, or JSON Lines (one object per line).</summary>
internal static class JsonExporter
{
    /// <summary>The files, without extension, in the order they are written.</summary>
    public static readonly IReadOnlyList<string> Files = new[] { "articles", "experts", "quotes", "figures", "corrections", "turns" };

    private static readonly JsonSerializerOptions Indented = Options(indented: true);
    private static readonly JsonSerializerOptions Compact = Options(indented: false);

    /// <summary>Writes <paramref name="name"/> (one of <see cref="Files"/>) as <c>json</c> or <c>jsonl</c>; returns the file name.</summary>
    public static string WriteFile(Corpus corpus, string directory, string name, string format) => name switch
    {
        "articles" => WriteFile(directory, name, format, ExportBuilder.Articles(corpus)),
        "experts" => WriteFile(directory, name, format, ExportBuilder.People(corpus)),
        "quotes" => WriteFile(directory, name, format, ExportBuilder.Quotes(corpus)),
        "figures" => WriteFile(directory, name, format, ExportBuilder.Figures(corpus)),
        "corrections" => WriteFile(directory, name, format, ExportBuilder.Corrections(corpus)),
        "turns" => WriteFile(directory, name, format, ExportBuilder.Turns(corpus)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string WriteFile<T>(string directory, string name, string format, IReadOnlyList<T> records)
    {
        var fileName = name + "." + format;
        using var writer = new StreamWriter(Path.Combine(directory, fileName), append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        if (format == "jsonl")
        {
            foreach (var record in records) writer.WriteLine(JsonSerializer.Serialize(record, Compact));
        }
        else
        {
            writer.WriteLine(JsonSerializer.Serialize(records, Indented));
        }
        return fileName;
    }

    private static JsonSerializerOptions Options(bool indented) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = indented,
        // Keep “curly quotes”, accents and Cyrillic readable in the files: the data is text.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };
}
