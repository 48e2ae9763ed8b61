using System;
using System.Collections.Generic;
using System.Text.Json;
using KzDataset.Format;

namespace KzDataset;

/// <summary>
/// The words the sidecars use for vocabulary values ("interview-answer", "machine-translated"): one
/// rule for every tool that prints or reads them (the kz CLI, exports, notebook displays), read from the
/// table the generator encodes with (<see cref="VocabularyTable{TEnum}"/>).
/// </summary>
public static class VocabularyWords
{
    /// <summary>The sidecar word of a value: <c>QuoteKind.InterviewAnswer</c> → "interview-answer".</summary>
    /// <typeparam name="TEnum">A vocabulary enum (<see cref="QuoteKind"/>, <see cref="ArticleFormat"/>…).</typeparam>
    /// <param name="value">The value.</param>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
        => VocabularyTable<TEnum>.WordOf(value) ?? JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The words of every flag set in <paramref name="processing"/>, in declaration order ("machine-translated").</summary>
    /// <param name="processing">What happened to a text.</param>
    public static IReadOnlyList<string> Flags(TextProcessing processing)
    {
        var words = new List<string>();
        foreach (var flag in VocabularyTable<TextProcessing>.Values)
        {
            if (processing.HasFlag(flag)) words.Add(Of(flag));
        }
        return words;
    }

    /// <summary>
    /// Reads a word as the sidecars spell it ("interview-answer"), or as the enum member
    /// ("InterviewAnswer"), ignoring case; false for anything else (numbers included).
    /// </summary>
    /// <typeparam name="TEnum">A vocabulary enum.</typeparam>
    /// <param name="word">The word.</param>
    /// <param name="value">The value, when the word is one.</param>
    public static bool TryParse<TEnum>(string? word, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(word)) return false;
        if (VocabularyTable<TEnum>.TryParse(word, out value)) return true;
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            var name = candidate.ToString();
            if (string.Equals(word, name, StringComparison.OrdinalIgnoreCase) || string.Equals(word, Of(candidate), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>Every word of a vocabulary, in declaration order.</summary>
    /// <typeparam name="TEnum">A vocabulary enum.</typeparam>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum
        => Array.ConvertAll(Enum.GetValues<TEnum>(), Of);
}
