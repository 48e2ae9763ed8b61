using System.Text;
using System.Text.RegularExpressions;

namespace KzDataset.Core.Common;

/// <summary>Slug ids and the C# identifiers made from them.</summary>
public static class Identifiers
{
    // \z, not $: $ also matches before a final "\n", which would let "id\n" through as a slug.
    private static readonly Regex SlugPattern = new("^[a-z0-9]+(-[a-z0-9]+)*\\z", RegexOptions.CultureInvariant);

    /// <summary>The longest id: its identifier stays far below C#'s 512-character limit (CS7013).</summary>
    public const int MaxLength = 128;

    public static bool IsSlug(string value) => value.Length <= MaxLength && SlugPattern.IsMatch(value);

    /// <summary>"erica-marat" → "EricaMarat"; a leading digit gets an underscore ("2022-x" → "_2022X").</summary>
    public static string ToPascalCase(string slug)
    {
        var builder = new StringBuilder(slug.Length);
        var upper = true;
        foreach (var c in slug)
        {
            if (c == '-' || c == '_' || c == ' ')
            {
                upper = true;
                continue;
            }
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        if (builder.Length == 0 || char.IsDigit(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }
}
