using System.Globalization;
using System.Text;

namespace KzDataset.Synthetic;

/// <summary>
/// The generator's rule for comparing names (no case, no diacritics): two registry names or
/// aliases with the same key would be KZ0023, so the maker checks keys before it registers one.
/// </summary>
internal static class NameKeys
{
    public static string Of(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>A slug id from a name: ASCII letters and digits, words joined by hyphens.</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in Of(name).Replace('ø', 'o').Replace('ł', 'l'))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }
}
