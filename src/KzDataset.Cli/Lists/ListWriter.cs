using System;
using System.Collections.Generic;
using System.Linq;
using Spectre.Console;

namespace KzDataset.Cli.Lists;

/// <summary>Prints a list command's rows in the format asked for: a table that fits the terminal, tsv or json.</summary>
internal static class ListWriter
{
    /// <param name="context">Where to write.</param>
    /// <param name="format">The format.</param>
    /// <param name="title">The table's heading line (tables only).</param>
    /// <param name="columns">The columns.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="section">For a table: rows are shown in one table per section, under this heading (an article id), so the table holds local ids.</param>
    /// <param name="totals">For a table: a last row of totals, one value per table column.</param>
    public static void Write<T>(CliContext context, ListFormat format, string title, IReadOnlyList<Column<T>> columns, IReadOnlyList<T> rows,
        Func<T, string>? section = null, IReadOnlyList<object?>? totals = null)
    {
        switch (format)
        {
            case ListFormat.Tsv:
                TsvWriter.Write(context.Output, columns, rows);
                return;
            case ListFormat.Json:
                JsonListWriter.Write(context.Output, columns, rows);
                return;
        }

        var console = context.Console;
        console.Write(new Text(Printable.Text(title), new Style(decoration: Decoration.Bold)));
        console.WriteLine();
        if (section is null)
        {
            TableWriter.Write(console, columns, rows, totals);
            return;
        }
        foreach (var group in rows.GroupBy(section))
        {
            console.WriteLine();
            console.Write(new Text(Printable.Text(group.Key), new Style(decoration: Decoration.Bold)));
            console.WriteLine();
            TableWriter.Write(console, columns, group.ToList());
        }
    }
}
