using System.CommandLine;

namespace KzDataset.Cli.Lists;

/// <summary>How a list command prints its rows.</summary>
internal enum ListFormat
{
    /// <summary>A box table that fits the terminal's width.</summary>
    Table,

    /// <summary>Tab-separated rows under a header line of field names.</summary>
    Tsv,

    /// <summary>A JSON array of objects with camelCase fields.</summary>
    Json,
}

/// <summary>The --format option every list command takes.</summary>
internal static class ListFormatOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--format")
        {
            Description = "table, tsv or json. Default: table on a terminal, tsv (a header line, then tab-separated rows) in a pipe or file.",
            HelpName = "table|tsv|json",
        };
        option.AcceptOnlyFromAmong("table", "tsv", "json");
        return option;
    }

    /// <summary>The format asked for, or the terminal's default.</summary>
    public static ListFormat Resolve(string? value, Terminal terminal) => value switch
    {
        "table" => ListFormat.Table,
        "tsv" => ListFormat.Tsv,
        "json" => ListFormat.Json,
        _ => terminal.DefaultFormat,
    };
}
