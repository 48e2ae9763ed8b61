using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KzDataset.Cli.Lists;

/// <summary>
/// Rows as a box table laid out by <see cref="TableLayout"/> for the console's width; when the columns that are
/// never dropped do not fit, each row is shown as a block of "field value" lines under its id instead.
/// Cells are plain <see cref="Text"/> (never markup), made printable.
/// </summary>
internal static class TableWriter
{
    public static void Write<T>(IAnsiConsole console, IReadOnlyList<Column<T>> columns, IReadOnlyList<T> rows, IReadOnlyList<object?>? totals = null)
    {
        var shown = columns.Where(c => c.InTable).ToList();
        var cells = rows.Select(row => shown.Select(c => CellText(c, c.Value(row))).ToArray()).ToList();
        var shortCells = rows.Select(row => shown.Select(c => c.Short is null ? null : CellText(c, c.Short(row))).ToArray()).ToList();
        var totalCells = totals?.Select((value, i) => CellText(shown[i], value)).ToArray();
        var width = console.Profile.Width;
        var options = RenderOptions.Create(console);
        int Measure(string text) => ((IRenderable)new Text(text)).Measure(options, int.MaxValue).Max;

        var headers = shown.Select(c => Measure(c.Header)).ToList();
        var natural = shown.Select((c, i) => cells.Select(r => Measure(r[i])).Append(headers[i]).Append(totalCells is null ? 0 : Measure(totalCells[i])).Max()).ToList();
        var shortNatural = shown.Select((c, i) => c.Short is null ? (int?)null
            : shortCells.Select(r => Measure(r[i]!)).Append(headers[i]).Append(totalCells is null ? 0 : Measure(totalCells[i])).Max()).ToList();
        var layout = TableLayout.Fit(natural, shortNatural, headers, shown.Select(c => c.Kind == ColumnKind.Prose ? c.MinimumWidth ?? TableLayout.ProseMinimum : 0).ToList(),
            shown.Select(c => c.DropRank).ToList(), width);
        if (layout is null)
        {
            WriteBlocks(console, shown, cells, totalCells);
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var (column, columnWidth, _) in layout)
        {
            var spec = shown[column];
            var tableColumn = new TableColumn(new Text(spec.Header)) { Width = columnWidth, NoWrap = spec.Kind != ColumnKind.Prose };
            if (spec.Kind == ColumnKind.Number) tableColumn.RightAligned();
            table.AddColumn(tableColumn);
        }
        for (var r = 0; r < cells.Count; r++)
        {
            var row = r;
            table.AddRow(layout.Select(l => Cell(shown[l.Column], l.Short ? shortCells[row][l.Column]! : cells[row][l.Column], l.Width, Style.Plain)));
        }
        if (totalCells is not null)
        {
            table.AddEmptyRow();
            table.AddRow(layout.Select(l => Cell(shown[l.Column], totalCells[l.Column], l.Width, new Style(decoration: Decoration.Bold))));
        }
        console.Write(table);
        var notes = layout.Where(l => l.Short).Select(l => shown[l.Column].ShortNote).OfType<string>().ToList();
        // A column left out must not pass unnoticed: name it, and say how to see it.
        var left = shown.Where((_, i) => layout.All(l => l.Column != i)).Select(c => c.Header).Distinct().ToList();
        if (left.Count > 0)
        {
            notes.Add($"Not shown at {width} columns: {string.Join(", ", left)}. A wider terminal shows them; --format tsv or json gives every field.");
        }
        foreach (var note in notes)
        {
            console.Write(new Text(note, new Style(decoration: Decoration.Dim)));
            console.WriteLine();
        }
    }

    private static string CellText<T>(Column<T> column, object? value)
    {
        // A line break or tab inside a value would break the table's rows: a cell is one paragraph.
        var text = Printable.Text(ValueText.Of(value).Replace("\r\n", " ", System.StringComparison.Ordinal).Replace('\n', ' ').Replace('\t', ' '));
        return column.Clip is { } clip ? Format.Clip(text, clip) : text;
    }

    private static Text Cell<T>(Column<T> column, string text, int width, Style style)
        => new(column.Kind == ColumnKind.Prose ? TableLayout.ShortenWords(text, width) : text, style);

    /// <summary>One block per row: the first column's value alone on a line, then a "header value" line per other column.</summary>
    private static void WriteBlocks<T>(IAnsiConsole console, List<Column<T>> shown, List<string[]> cells, string[]? totals)
    {
        foreach (var row in totals is null ? cells : cells.Append(totals))
        {
            console.Write(new Text(row[0], new Style(decoration: Decoration.Bold)));
            console.WriteLine();
            var grid = new Grid().AddColumn(new GridColumn().NoWrap().Padding(2, 0, 1, 0)).AddColumn(new GridColumn().Padding(0, 0, 0, 0));
            for (var i = 1; i < shown.Count; i++)
            {
                if (row[i].Length > 0) grid.AddRow(new Text(shown[i].Header, new Style(decoration: Decoration.Dim)), new Text(row[i]));
            }
            console.Write(grid);
            console.WriteLine();
        }
    }
}
