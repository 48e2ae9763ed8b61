using System;
using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Generator.Text;

/// <summary>English number words: the values the figure cross-check reads and the completeness check looks for.</summary>
internal static class NumberWords
{
    public static readonly IReadOnlyDictionary<string, int> Units = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    public static readonly IReadOnlyDictionary<string, decimal> Scales = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
    };

    /// <summary>Words that state a multiple: "doubling" gas prices is a factor of 2.</summary>
    public static readonly IReadOnlyDictionary<string, int> Multipliers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["double"] = 2, ["doubled"] = 2, ["doubling"] = 2, ["doubles"] = 2, ["twice"] = 2,
        ["triple"] = 3, ["tripled"] = 3, ["tripling"] = 3, ["thrice"] = 3,
    };

    /// <summary>Vague quantities: no value can be read from them, yet they are numbers an annotator must see.</summary>
    public static readonly HashSet<string> Vague = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "dozens", "hundreds", "thousands", "millions", "billions", "dozen", "half",
    };

    /// <summary>The length of the longest number word: a longer word is none.</summary>
    public static int LongestWord => Units.Keys.Concat(Scales.Keys).Concat(Multipliers.Keys).Concat(Vague).Max(w => w.Length);

    /// <summary>Every word the completeness check treats as a number.</summary>
    public static bool IsNumberWord(string word)
        => Units.ContainsKey(word) || Scales.ContainsKey(word) || Multipliers.ContainsKey(word) || Vague.Contains(word);
}
