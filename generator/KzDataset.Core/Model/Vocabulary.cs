using System;
using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Text;

namespace KzDataset.Core.Model;

/// <summary>
/// A closed set of kebab-case values a field may take, and the runtime enum they become.
/// The JSON Schema lists the same values; a test keeps schema, vocabulary and enum in step.
/// </summary>
internal sealed class Vocabulary
{
    private readonly HashSet<string> _values;

    private Vocabulary(string description, string enumType, params string[] values)
    {
        Description = description;
        EnumType = enumType;
        Values = values;
        _values = new HashSet<string>(values, StringComparer.Ordinal);
    }

    /// <summary>What the value is, for messages ("quote kind").</summary>
    public string Description { get; }

    /// <summary>The runtime enum in namespace KzDataset.</summary>
    public string EnumType { get; }

    public IReadOnlyList<string> Values { get; }

    public bool Contains(string value) => _values.Contains(value);

    public static readonly Vocabulary ArticleFormat = new("article format", "ArticleFormat",
        "interview", "panel", "news", "analysis");

    public static readonly Vocabulary DatePrecision = new("date precision", "DatePrecision",
        "day", "month", "year");

    public static readonly Vocabulary TextProcessing = new("text processing step", "TextProcessing",
        "machine-translated", "human-translated", "transcribed", "reworded");

    public static readonly Vocabulary ExclusionReason = new("exclusion reason", "ExclusionReason",
        "advertisement", "app-promo", "logo", "comment-widget", "html-debris", "teaser", "columnist",
        "read-more", "duplicate", "photo-credit", "caption", "navigation", "outlet-box", "source-tag", "subscription");

    public static readonly Vocabulary TurnRole = new("turn role", "TurnRole",
        "question", "answer");

    public static readonly Vocabulary QuoteKind = new("quote kind", "QuoteKind",
        "direct", "indirect", "interview-answer", "panel-answer", "slogan");

    public static readonly Vocabulary QuoteMarks = new("quotation marks value", "QuoteMarks",
        "both", "opening", "closing", "none");

    public static readonly Vocabulary FigureQualifier = new("figure qualifier", "FigureQualifier",
        "exact", "about", "almost", "at-least", "more-than", "at-most", "less-than", "range", "vague");

    public static readonly Vocabulary CorrectionKind = new("correction kind", "CorrectionKind",
        "mistranslation", "misspelled-name", "transcription", "rewording", "wrong-place", "typo", "garbled");

    public static readonly Vocabulary TermKind = new("quoted term kind", "TermKind",
        "scare-quote", "term", "title", "name", "mention");

    public static readonly Vocabulary IgnoreReason = new("ignore reason", "IgnoreReason",
        "date", "pronoun", "idiom", "ordinal", "name", "not-a-quantity", "list-marker", "stray-mark", "apostrophe");

    public static readonly Vocabulary PersonKind = new("person kind", "PersonKind",
        "expert", "official", "leader", "journalist", "executive", "activist", "organisation", "group");

    public static readonly IReadOnlyList<Vocabulary> All = new[]
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
