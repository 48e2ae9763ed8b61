using KzDataset.Format;

namespace KzDataset.Core.Model;

/// <summary>Why a number or quotation mark is deliberately left unannotated (a sidecar's "ignore"). Sidecar-only: it never reaches the runtime.</summary>
public enum IgnoreReason
{
    /// <summary>A date, not a quantity.</summary>
    [VocabularyWord("date")]
    Date,

    /// <summary>A number word used as a pronoun ("one of them").</summary>
    [VocabularyWord("pronoun")]
    Pronoun,

    /// <summary>An idiom.</summary>
    [VocabularyWord("idiom")]
    Idiom,

    /// <summary>An ordinal ("the second"), not a quantity.</summary>
    [VocabularyWord("ordinal")]
    Ordinal,

    /// <summary>Part of a name.</summary>
    [VocabularyWord("name")]
    Name,

    /// <summary>A number that is not a quantity.</summary>
    [VocabularyWord("not-a-quantity")]
    NotAQuantity,

    /// <summary>A list marker ("1.").</summary>
    [VocabularyWord("list-marker")]
    ListMarker,

    /// <summary>A stray quotation mark.</summary>
    [VocabularyWord("stray-mark")]
    StrayMark,

    /// <summary>An apostrophe that looks like a quotation mark.</summary>
    [VocabularyWord("apostrophe")]
    Apostrophe,
}
