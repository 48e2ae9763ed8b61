using System.Globalization;
using System.Text;

namespace KzDataset.Shared;

/// <summary>
/// Shared source: compiled into the generator and the runtime, so both compare names by one rule.
/// The form in which names are compared for lookups: no diacritics, no case, plain typography,
/// single spaces ("Tokaïev" and "tokaiev" are the same key).
/// </summary>
internal static class NameKey
{
    public static string Of(string name)
    {
        var decomposed = TypographicFolding.Fold(name).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
