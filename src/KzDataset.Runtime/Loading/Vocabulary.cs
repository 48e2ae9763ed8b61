using System;
using KzDataset.Format;

namespace KzDataset;

/// <summary>
/// Vocabulary codes and words as runtime enums. A code is a position in the vocabulary's table
/// (<see cref="VocabularyTable{TEnum}"/>), the one the generator encodes with; a word ("interview-answer")
/// is read by <see cref="VocabularyWords"/>.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Whether <paramref name="code"/> is a position in the vocabulary of <typeparamref name="TEnum"/>.</summary>
    public static bool IsCode<TEnum>(int code)
        where TEnum : struct, Enum
        => (uint)code < (uint)VocabularyTable<TEnum>.Values.Count;

    // The generator's table (KzDataset.Format): a code is a position in it, so both sides agree by construction.
    public static TEnum Code<TEnum>(int code)
        where TEnum : struct, Enum
        => (uint)code < (uint)VocabularyTable<TEnum>.Values.Count
            ? VocabularyTable<TEnum>.Values[code]
            : throw new System.IO.InvalidDataException($"{code} is not a {typeof(TEnum).Name} code: the compiled records are damaged.");

    public static TEnum Word<TEnum>(string word)
        where TEnum : struct, Enum
        => VocabularyWords.TryParse<TEnum>(word, out var value)
            ? value
            : throw new System.IO.InvalidDataException($"'{word}' is not a {typeof(TEnum).Name}: the embedded registry is not the one the build checked.");
}
