using System;

namespace KzDataset.Cli.Lists;

/// <summary>What a column holds, which decides how a table may lay it out.</summary>
internal enum ColumnKind
{
    /// <summary>An id: never wrapped, never dropped.</summary>
    Id,

    /// <summary>A date: never wrapped.</summary>
    Date,

    /// <summary>A short word or value (a kind, a unit, "≥ 164"): never wrapped.</summary>
    Word,

    /// <summary>A count: never wrapped, right-aligned.</summary>
    Number,

    /// <summary>Free text: wrapped at spaces, given what width is left.</summary>
    Prose,
}

/// <summary>
/// One column of a list: its table header, its field name in tsv and json (camelCase), and its value
/// (a string, an int, a decimal, a bool or null; vocabulary values already as the sidecars' words).
/// </summary>
internal sealed record Column<T>(string Header, string Field, ColumnKind Kind, Func<T, object?> Value)
{
    /// <summary>0: always in the table; otherwise, when the table does not fit, the column with the highest rank goes first.</summary>
    public int DropRank { get; init; }

    /// <summary>False for a field only tsv and json carry (a raw value the table shows formatted in another column).</summary>
    public bool InTable { get; init; } = true;

    /// <summary>False for a column only the table shows (a formatted value, a local id).</summary>
    public bool InData { get; init; } = true;

    /// <summary>A shorter form for a table too narrow for the values (a date "~2022-01-10" for "2022-01-10 (inferred)"), tried before any column is dropped.</summary>
    public Func<T, object?>? Short { get; init; }

    /// <summary>The line printed under a table that shows the short form, saying how to read it.</summary>
    public string? ShortNote { get; init; }

    /// <summary>For prose: the narrowest the table makes it before dropping other columns (default <see cref="TableLayout.ProseMinimum"/>).</summary>
    public int? MinimumWidth { get; init; }

    /// <summary>The longest text a table cell shows (longer text is cut with "…").</summary>
    public int? Clip { get; init; }
}
