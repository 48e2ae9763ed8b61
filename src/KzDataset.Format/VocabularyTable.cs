using System;
using System.Collections.Generic;
using System.Linq;
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
    private static readonly Dictionary<string, TEnum> ByWord;
    private static readonly Dictionary<TEnum, int> ByValue;

    static VocabularyTable()
    {
        var members = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (Value: (TEnum)f.GetValue(null)!, Word: f.GetCustomAttribute<VocabularyWordAttribute>()?.Word))
            .Where(m => m.Word is not null)
            .OrderBy(m => Convert.ToUInt64(m.Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Values = members.Select(m => m.Value).ToArray();
        Words = members.Select(m => m.Word!).ToArray();
        ByWord = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        ByValue = new Dictionary<TEnum, int>();
        for (var code = 0; code < members.Count; code++)
        {
            ByWord.Add(Words[code], Values[code]);
            ByValue.Add(Values[code], code);
        }
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
        return word is not null && ByWord.TryGetValue(word, out value);
    }

    /// <summary>The code of <paramref name="value"/>, or -1 for a value without a word.</summary>
    /// <param name="value">The value.</param>
    public static int CodeOf(TEnum value) => ByValue.TryGetValue(value, out var code) ? code : -1;

    /// <summary>The word of <paramref name="value"/>, or null for a value without a word.</summary>
    /// <param name="value">The value.</param>
    public static string? WordOf(TEnum value) => ByValue.TryGetValue(value, out var code) ? Words[code] : null;
}
