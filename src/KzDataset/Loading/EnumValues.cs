using System;
using System.Collections.Concurrent;
using KzDataset.Generator.Common;

namespace KzDataset;

/// <summary>
/// The sidecars' kebab-case words as runtime enums ("interview-answer" → QuoteKind.InterviewAnswer),
/// by the same name folding the generator uses for identifiers; VocabularyTests keeps the two in step.
/// </summary>
internal static class EnumValues<TEnum>
    where TEnum : struct, Enum
{
    private static readonly ConcurrentDictionary<string, TEnum> Cache = new(StringComparer.Ordinal);

    public static TEnum Parse(string word) => Cache.GetOrAdd(word, static w => Enum.Parse<TEnum>(Identifiers.ToPascalCase(w), ignoreCase: false));

    public static TEnum Flags(System.Collections.Generic.IEnumerable<string> words)
    {
        var value = 0;
        foreach (var word in words) value |= Convert.ToInt32(Parse(word), System.Globalization.CultureInfo.InvariantCulture);
        return (TEnum)Enum.ToObject(typeof(TEnum), value);
    }
}
