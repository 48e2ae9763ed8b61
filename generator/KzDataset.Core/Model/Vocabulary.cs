using System;
using System.Collections.Generic;
using KzDataset.Core.Text;
using KzDataset.Format;

namespace KzDataset.Core.Model;

/// <summary>
/// A closed set of kebab-case values a field may take, as the parsers and messages see it: a view over a
/// vocabulary enum and its words (<see cref="VocabularyTable{TEnum}"/>), not a second list. The JSON
/// Schemas list the same words; VocabularyTests keeps them in step.
/// </summary>
internal abstract class Vocabulary
{
    private protected Vocabulary(string description, Type enumType, IReadOnlyList<string> values)
    {
        Description = description;
        EnumType = enumType;
        Values = values;
    }

    /// <summary>What the value is, for messages ("quote kind").</summary>
    public string Description { get; }

    /// <summary>The enum whose members the words name.</summary>
    public Type EnumType { get; }

    /// <summary>The words, by code.</summary>
    public IReadOnlyList<string> Values { get; }

    public static readonly Vocabulary<ArticleFormat> ArticleFormat = new("article format");

    public static readonly Vocabulary<DatePrecision> DatePrecision = new("date precision");

    public static readonly Vocabulary<TextProcessing> TextProcessing = new("text processing step");

    public static readonly Vocabulary<ExclusionReason> ExclusionReason = new("exclusion reason");

    public static readonly Vocabulary<TurnRole> TurnRole = new("turn role");

    public static readonly Vocabulary<QuoteKind> QuoteKind = new("quote kind");

    public static readonly Vocabulary<QuoteMarks> QuoteMarks = new("quotation marks value");

    public static readonly Vocabulary<FigureQualifier> FigureQualifier = new("figure qualifier");

    public static readonly Vocabulary<CorrectionKind> CorrectionKind = new("correction kind");

    public static readonly Vocabulary<TermKind> TermKind = new("quoted term kind");

    public static readonly Vocabulary<IgnoreReason> IgnoreReason = new("ignore reason");

    public static readonly Vocabulary<PersonKind> PersonKind = new("person kind");

    public static readonly IReadOnlyList<Vocabulary> All = new Vocabulary[]
    {
        ArticleFormat, DatePrecision, TextProcessing, ExclusionReason, TurnRole, QuoteKind, QuoteMarks,
        FigureQualifier, CorrectionKind, TermKind, IgnoreReason, PersonKind,
    };

    /// <summary>"; did you mean 'x'?" plus the valid values, for an invalid value.</summary>
    public string Hint(string value)
    {
        var suggestion = Suggestions.Closest(value, Values);
        var list = string.Join(", ", Values);
        return suggestion is null ? $". Valid values: {list}" : $"; did you mean '{suggestion}'? Valid values: {list}";
    }
}

/// <summary>The vocabulary of <typeparamref name="TEnum"/>: its words parse to its values.</summary>
internal sealed class Vocabulary<TEnum> : Vocabulary
    where TEnum : struct, Enum
{
    public Vocabulary(string description)
        : base(description, typeof(TEnum), VocabularyTable<TEnum>.Words)
    {
    }

    /// <summary>The value of a word exactly as the sidecars spell it.</summary>
    public bool TryParse(string word, out TEnum value) => VocabularyTable<TEnum>.TryParse(word, out value);

    /// <summary>The word of a value, for messages.</summary>
    public string Word(TEnum value) => VocabularyTable<TEnum>.WordOf(value) ?? value.ToString();
}
