using System;
using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Cli.Export;

/// <summary>Declares one <see cref="ExportTable"/>: its columns with the value each takes from an item, and its keys.</summary>
internal sealed class TableBuilder<T>
{
    private readonly string _name;
    private readonly string _description;
    private readonly IEnumerable<T> _items;
    private readonly List<(ExportColumn Column, Func<T, object?> Value)> _columns = new();
    private readonly List<string> _primaryKey = new();
    private readonly List<ExportForeignKey> _foreignKeys = new();

    public TableBuilder(string name, string description, IEnumerable<T> items)
    {
        _name = name;
        _description = description;
        _items = items;
    }

    public TableBuilder<T> Key(params string[] columns)
    {
        _primaryKey.AddRange(columns);
        return this;
    }

    /// <summary>A foreign key from <paramref name="column"/> to the <c>id</c> of <paramref name="table"/>.</summary>
    public TableBuilder<T> References(string column, string table)
    {
        _foreignKeys.Add(new ExportForeignKey(new[] { column }, table, new[] { "id" }));
        return this;
    }

    public TableBuilder<T> Column(string name, ColumnType type, string description, Func<T, object?> value) => Add(name, type, false, description, value);

    public TableBuilder<T> Optional(string name, ColumnType type, string description, Func<T, object?> value) => Add(name, type, true, description, value);

    public ExportTable Build()
    {
        var rows = _items.Select(item => _columns.Select(c => Checked(c.Column, c.Value(item))).ToArray()).ToList();
        return new ExportTable(_name, _description, _columns.Select(c => c.Column).ToList(), _primaryKey.ToList(), _foreignKeys.ToList(), rows);
    }

    private TableBuilder<T> Add(string name, ColumnType type, bool nullable, string description, Func<T, object?> value)
    {
        _columns.Add((new ExportColumn(name, type, nullable, description), value));
        return this;
    }

    private object? Checked(ExportColumn column, object? value)
    {
        if (value is null && !column.Nullable) throw new InvalidOperationException($"{_name}.{column.Name} is null but declared required.");
        // The flat formats store decimals with a fixed scale; a value that does not fit is refused, never rounded.
        if (value is decimal number && decimal.Round(number, ExportTypes.DecimalScale) != number)
        {
            throw new CliException($"{_name}.{column.Name}: {number} has more than {ExportTypes.DecimalScale} decimals, which the flat formats cannot hold exactly");
        }
        return value;
    }
}
