using System.Globalization;

namespace KzDataset.Cli.Lists;

/// <summary>A column value as text (invariant culture), as the table and tsv show it.</summary>
internal static class ValueText
{
    public static string Of(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        decimal number => Format.Number(number),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
