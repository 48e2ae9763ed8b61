using System;

namespace KzDataset.Cli.Lists;

/// <summary>
/// Where kz's standard output goes: a terminal (tables by default, at its width) or a pipe or file
/// (tab-separated rows by default; a table asked for with --format table is laid out for COLUMNS, else 80).
/// </summary>
/// <param name="IsTerminal">True when a person reads the output: the list commands default to tables.</param>
/// <param name="Width">The width to lay tables out for; null lets Spectre.Console detect the terminal's.</param>
/// <param name="Colors">True to let Spectre.Console detect colours and ANSI support.</param>
internal sealed record Terminal(bool IsTerminal, int? Width, bool Colors)
{
    /// <summary>The width used for a table when none is known (no terminal, no COLUMNS).</summary>
    public const int DefaultWidth = 80;

    /// <summary>The process's own terminal.</summary>
    public static Terminal Interactive { get; } = new(true, null, true);

    /// <summary>A pipe or a file: plain rows by default, tables laid out for COLUMNS when set.</summary>
    public static Terminal Redirected()
        => new(false, int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns >= 20 ? columns : DefaultWidth, false);

    /// <summary>A terminal of a fixed width without colours, as tests render tables.</summary>
    public static Terminal OfWidth(int width) => new(true, width, false);

    /// <summary>The format a list command prints when no --format is given.</summary>
    public ListFormat DefaultFormat => IsTerminal ? ListFormat.Table : ListFormat.Tsv;
}
