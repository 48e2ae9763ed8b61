using System;

namespace KzDataset;

/// <summary>
/// Vocabulary codes and words as runtime enums. A code is a position in the generator's vocabulary,
/// which each enum declares in the same order (VocabularyTests checks it); a word ("interview-answer")
/// is read by <see cref="VocabularyWords"/>.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Whether <paramref name="code"/> is a position in the vocabulary of <typeparamref name="TEnum"/>.</summary>
    public static bool IsCode<TEnum>(int code)
        where TEnum : struct, Enum
        => (uint)code < (uint)Values<TEnum>.All.Length;

    public static TEnum Code<TEnum>(int code)
        where TEnum : struct, Enum
        => IsCode<TEnum>(code)
            ? Values<TEnum>.All[code]
            : throw new System.IO.InvalidDataException($"{code} is not a {typeof(TEnum).Name} code: the compiled records are damaged.");

    // Vocabulary enums number their members 0, 1, 2… in declaration order.
    private static class Values<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly TEnum[] All = Enum.GetValues<TEnum>();
    }

    public static TEnum Word<TEnum>(string word)
        where TEnum : struct, Enum
        => VocabularyWords.TryParse<TEnum>(word, out var value)
            ? value
            : throw new System.IO.InvalidDataException($"'{word}' is not a {typeof(TEnum).Name}: the embedded registry is not the one the build checked.");
}
