using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace KzDataset.Cli.Lists;

/// <summary>
/// Rows for pipes and scripts: a header line of field names, then one tab-separated line per row; a tab,
/// newline, carriage return or backslash inside a value is written as \t, \n, \r or \\, so every row is one line.
/// </summary>
internal static class TsvWriter
{
    public static void Write<T>(TextWriter output, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        var fields = columns.Where(c => c.InData).ToList();
        output.Write(string.Join('\t', fields.Select(c => c.Field)) + "\n");
        foreach (var row in rows)
        {
            output.Write(Printable.Text(string.Join('\t', fields.Select(c => Escape(ValueText.Of(c.Value(row)))))) + "\n");
        }
    }

    private static string Escape(string value)
    {
        if (value.IndexOfAny(['\t', '\n', '\r', '\\']) < 0) return value;
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                '\\' => "\\\\",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}
