using System;
using System.Collections.Generic;
using System.Reflection;

namespace KzDataset.Format;

/// <summary>
/// The values of a vocabulary enum that have a sidecar word (<see cref="VocabularyWordAttribute"/>), in
/// ascending value order. A value's code in the records is its position here; a flags enum's value is
/// bit <c>code</c> (<see cref="TextProcessing"/>: MachineTranslated = 1 has code 0). Members without a
/// word (<c>TextProcessing.None</c>) have no code.
/// </summary>
/// <typeparam name="TEnum">A vocabulary enum.</typeparam>
public static class VocabularyTable<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] ValuesByCode;
    private static readonly string[] WordsByCode;

    // Read once per enum, and kept cheap: this runs on a program's first use of the corpus, where
    // LINQ, instantiated attributes and a dictionary per enum cost several milliseconds each.
    // Enum.GetValues gives the values in ascending (unsigned) order and Enum.GetNames their names.
    static VocabularyTable()
    {
        var type = typeof(TEnum);
        var values = (TEnum[])Enum.GetValues(type);
        var names = Enum.GetNames(type);
        var kept = 0;
        var words = new string[values.Length];
        var withWord = new TEnum[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var word = WordOf(type.GetField(names[i], BindingFlags.Public | BindingFlags.Static)!);
            if (word is null) continue;
            withWord[kept] = values[i];
            words[kept] = word;
            kept++;
        }
        Array.Resize(ref withWord, kept);
        Array.Resize(ref words, kept);
        ValuesByCode = withWord;
        WordsByCode = words;
        Values = Array.AsReadOnly(withWord);
        Words = Array.AsReadOnly(words);
    }

    // The attribute's data, not an instance of it: cheaper to read.
    private static string? WordOf(FieldInfo field)
    {
        foreach (var data in field.CustomAttributes)
        {
            if (data.AttributeType == typeof(VocabularyWordAttribute)) return data.ConstructorArguments[0].Value as string;
        }
        return null;
    }

    /// <summary>The values with a word, by code.</summary>
    public static IReadOnlyList<TEnum> Values { get; }

    /// <summary>The words, by code: the order the JSON Schemas list them in.</summary>
    public static IReadOnlyList<string> Words { get; }

    /// <summary>The value whose word is exactly <paramref name="word"/> (ordinal, as the sidecars spell it).</summary>
    /// <param name="word">The word.</param>
    /// <param name="value">The value, when the word is one.</param>
    public static bool TryParse(string? word, out TEnum value)
    {
        value = default;
        if (word is null) return false;
        for (var code = 0; code < WordsByCode.Length; code++)
        {
            if (string.Equals(WordsByCode[code], word, StringComparison.Ordinal))
            {
                value = ValuesByCode[code];
                return true;
            }
        }
        return false;
    }

    /// <summary>The code of <paramref name="value"/>, or -1 for a value without a word.</summary>
    /// <param name="value">The value.</param>
    public static int CodeOf(TEnum value)
    {
        // A dozen values at most: a search beats hashing, and needs no dictionary per enum.
        for (var code = 0; code < ValuesByCode.Length; code++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(ValuesByCode[code], value)) return code;
        }
        return -1;
    }

    /// <summary>The word of <paramref name="value"/>, or null for a value without a word.</summary>
    /// <param name="value">The value.</param>
    public static string? WordOf(TEnum value) => CodeOf(value) is var code and >= 0 ? WordsByCode[code] : null;
}
