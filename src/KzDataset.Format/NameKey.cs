using System.Text;

namespace KzDataset.Format;

/// <summary>
/// The form in which names are compared for lookups: no diacritics, no case, plain typography,
/// single spaces ("Tokaïev" and "tokaiev" are the same key); the generator and the runtime compare names by this one rule. Uses no ICU data (see
/// <see cref="Diacritics"/>), so the key is the same under InvariantGlobalization.
/// </summary>
public static class NameKey
{
    /// <summary>The key of <paramref name="name"/>.</summary>
    public static string Of(string name)
    {
        var folded = TypographicFolding.Fold(name);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (Diacritics.IsMark(c)) continue;
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
            builder.Append(char.ToLowerInvariant(Diacritics.Strip(c)));
        }
        return builder.ToString();
    }
}
