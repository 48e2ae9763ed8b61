using System;

namespace KzDataset;

/// <summary>
/// Vocabulary codes and words as runtime enums. A code is a position in the generator's vocabulary,
/// which each enum declares in the same order (VocabularyTests checks it); a word ("interview-answer")
/// is the enum member without hyphens.
/// </summary>
internal static class Vocabulary
{
    public static TEnum Code<TEnum>(int code)
        where TEnum : struct, Enum
    {
        var value = (TEnum)Enum.ToObject(typeof(TEnum), code);
        return Enum.IsDefined(value) ? value : throw new System.IO.InvalidDataException($"{code} is not a {typeof(TEnum).Name} code: the compiled records are damaged.");
    }

    public static TEnum Word<TEnum>(string word)
        where TEnum : struct, Enum
        => Enum.TryParse<TEnum>(word.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var value)
            ? value
            : throw new System.IO.InvalidDataException($"'{word}' is not a {typeof(TEnum).Name}: the embedded registry is not the one the build checked.");
}
