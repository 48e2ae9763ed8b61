namespace KzDataset.Core.Text;

/// <summary>
/// English number words: the values the figure cross-check reads and the completeness check looks
/// for. Switches rather than static tables, so every word is a case a test reaches (a mutation tester
/// that keeps one test process cannot change a static table once it is built). Words are compared
/// without case; a word is lower-cased once per question.
/// </summary>
internal static class NumberWords
{
    /// <summary>The length of the longest number word ("seventeen", "thousands"): a longer word is none.</summary>
    public const int LongestWord = 9;

    public static int? Unit(string word) => UnitOfLower(word.ToLowerInvariant());

    public static decimal? Scale(string word) => ScaleOfLower(word.ToLowerInvariant());

    /// <summary>Words that state a multiple: "doubling" gas prices is a factor of 2.</summary>
    public static int? Multiplier(string word) => MultiplierOfLower(word.ToLowerInvariant());

    /// <summary>Vague quantities: no value can be read from them, yet they are numbers an annotator must see.</summary>
    public static bool IsVague(string word) => IsVagueLower(word.ToLowerInvariant());

    /// <summary>Every word the completeness check treats as a number (it asks for every short word of every text).</summary>
    public static bool IsNumberWord(string word)
    {
        if (word.Length > LongestWord) return false;
        var lower = word.ToLowerInvariant();
        return UnitOfLower(lower) is not null || ScaleOfLower(lower) is not null || MultiplierOfLower(lower) is not null || IsVagueLower(lower);
    }

    private static int? UnitOfLower(string word) => word switch
    {
        "zero" => 0, "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6,
        "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        "thirteen" => 13, "fourteen" => 14, "fifteen" => 15, "sixteen" => 16, "seventeen" => 17,
        "eighteen" => 18, "nineteen" => 19, "twenty" => 20, "thirty" => 30, "forty" => 40,
        "fifty" => 50, "sixty" => 60, "seventy" => 70, "eighty" => 80, "ninety" => 90,
        _ => null,
    };

    private static decimal? ScaleOfLower(string word) => word switch
    {
        "hundred" => 100m, "thousand" => 1_000m, "million" => 1_000_000m, "billion" => 1_000_000_000m,
        _ => null,
    };

    private static int? MultiplierOfLower(string word) => word switch
    {
        "double" or "doubled" or "doubling" or "doubles" or "twice" => 2,
        "triple" or "tripled" or "tripling" or "thrice" => 3,
        _ => null,
    };

    private static bool IsVagueLower(string word) => word switch
    {
        "dozens" or "hundreds" or "thousands" or "millions" or "billions" or "dozen" or "half" => true,
        _ => false,
    };
}
