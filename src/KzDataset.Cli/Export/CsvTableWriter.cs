using System.IO;
using System.Linq;
using System.Text;
using nietras.SeparatedValues;

namespace KzDataset.Cli.Export;

/// <summary>Writes a table as RFC 4180 CSV (UTF-8 without BOM, header row) through Sep, which quotes what needs quoting.</summary>
internal static class CsvTableWriter
{
    public static void Write(ExportTable table, string path)
    {
        using var text = new StreamWriter(path, append: false, new UTF8Encoding(false));
        // Escape: a field with a comma, a quote or a line break is quoted and its quotes doubled.
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text);
        var names = table.Columns.Select(c => c.Name).ToArray();
        // The header is written even for a table without rows, so every file says what its columns are.
        writer.Header.Add(names);
        writer.Header.Write();
        foreach (var values in table.Rows)
        {
            using var row = writer.NewRow();
            for (var i = 0; i < names.Length; i++) row[names[i]].Set(ExportTypes.Text(values[i]));
        }
    }
}
