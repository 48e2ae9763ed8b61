using System.Globalization;

namespace KzDataset.Cli;

/// <summary>How the CLI prints values (invariant culture, dates to their known precision).</summary>
internal static class Format
{
    public static string Date(PublicationDate date) => date + (date.Inferred ? " (inferred)" : string.Empty);

    /// <summary>A date for a narrow table: "~2022-01-10" when inferred (a note under the table says what "~" means).</summary>
    public static string ShortDate(PublicationDate date) => (date.Inferred ? "~" : string.Empty) + date;

    public static string Number(decimal? value) => value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A figure's value: "2500", "≥ 164", "24 – ?", "2 – 3".</summary>
    public static string FigureValue(Figure figure)
    {
        if (figure.Value is { } value)
        {
            var prefix = figure.Qualifier switch
            {
                FigureQualifier.AtLeast => "≥ ",
                FigureQualifier.MoreThan => "> ",
                FigureQualifier.AtMost => "≤ ",
                FigureQualifier.LessThan => "< ",
                FigureQualifier.About => "~",
                FigureQualifier.Almost => "almost ",
                _ => string.Empty,
            };
            return prefix + Number(value);
        }
        return $"{(figure.Lower is null ? "?" : Number(figure.Lower))} – {(figure.Upper is null ? "?" : Number(figure.Upper))}";
    }

    /// <summary>A count with its noun, singular or plural: "1 article", "5 articles", "0 errors".</summary>
    public static string Count(int count, string noun, string? plural = null)
        => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");

    /// <summary>Long text cut for a table cell.</summary>
    public static string Clip(string text, int max)
    {
        var flat = text.Replace('\n', ' ').Replace('\r', ' ');
        return flat.Length <= max ? flat : flat.Substring(0, max - 1) + "…";
    }
}
