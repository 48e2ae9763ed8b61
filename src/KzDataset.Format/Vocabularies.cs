using System;
using KzDataset.Format;

namespace KzDataset;

// The vocabularies of the sidecars as enums, each member with its sidecar word: the one definition the
// generator parses and encodes with, the runtime decodes and prints with, and the JSON Schemas list
// (VocabularyTests). Public API of KzDataset.Runtime, which forwards them here.

/// <summary>What kind of piece an article is.</summary>
public enum ArticleFormat
{
    /// <summary>Questions and answers with one interviewee.</summary>
    [VocabularyWord("interview")]
    Interview,

    /// <summary>Several speakers answering a host in turn (a broadcast panel or its write-up).</summary>
    [VocabularyWord("panel")]
    Panel,

    /// <summary>A news report.</summary>
    [VocabularyWord("news")]
    News,

    /// <summary>An analysis piece that weaves experts' quotes into the outlet's own argument.</summary>
    [VocabularyWord("analysis")]
    Analysis,
}

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    /// <summary>The day is known.</summary>
    [VocabularyWord("day")]
    Day,

    /// <summary>Only the month is known.</summary>
    [VocabularyWord("month")]
    Month,

    /// <summary>Only the year is known.</summary>
    [VocabularyWord("year")]
    Year,
}

/// <summary>What happened to the text between the outlet and this corpus.</summary>
[Flags]
public enum TextProcessing
{
    /// <summary>The text is as the outlet published it, in its original language.</summary>
    None = 0,

    /// <summary>Translated by a machine (the giveaways are listed as corrections).</summary>
    [VocabularyWord("machine-translated")]
    MachineTranslated = 1,

    /// <summary>Translated by a person.</summary>
    [VocabularyWord("human-translated")]
    HumanTranslated = 2,

    /// <summary>Written down from speech (a broadcast), with the errors of speech-to-text.</summary>
    [VocabularyWord("transcribed")]
    Transcribed = 4,

    /// <summary>Reworded by a re-publisher, so wording may not be the speakers' own.</summary>
    [VocabularyWord("reworded")]
    Reworded = 8,
}

/// <summary>Why a span of the raw text is not part of the article.</summary>
public enum ExclusionReason
{
    /// <summary>An advertisement.</summary>
    [VocabularyWord("advertisement")]
    Advertisement,

    /// <summary>A promotion of the outlet's app.</summary>
    [VocabularyWord("app-promo")]
    AppPromo,

    /// <summary>A logo's alt text.</summary>
    [VocabularyWord("logo")]
    Logo,

    /// <summary>A comment or spam-filter widget.</summary>
    [VocabularyWord("comment-widget")]
    CommentWidget,

    /// <summary>HTML tags and attributes left by the scraper.</summary>
    [VocabularyWord("html-debris")]
    HtmlDebris,

    /// <summary>A teaser for another article.</summary>
    [VocabularyWord("teaser")]
    Teaser,

    /// <summary>A columnist's name from a sidebar.</summary>
    [VocabularyWord("columnist")]
    Columnist,

    /// <summary>A "Read more" link.</summary>
    [VocabularyWord("read-more")]
    ReadMore,

    /// <summary>A block the scraper copied twice.</summary>
    [VocabularyWord("duplicate")]
    Duplicate,

    /// <summary>A photo credit.</summary>
    [VocabularyWord("photo-credit")]
    PhotoCredit,

    /// <summary>A photo caption.</summary>
    [VocabularyWord("caption")]
    Caption,

    /// <summary>Site navigation or a section label.</summary>
    [VocabularyWord("navigation")]
    Navigation,

    /// <summary>An editorial box of the outlet that is not the article (a "Why We Wrote This" summary).</summary>
    [VocabularyWord("outlet-box")]
    OutletBox,

    /// <summary>A scraper's source tag.</summary>
    [VocabularyWord("source-tag")]
    SourceTag,

    /// <summary>A subscription offer or notification prompt.</summary>
    [VocabularyWord("subscription")]
    Subscription,
}

/// <summary>The role of an interview or panel turn.</summary>
public enum TurnRole
{
    /// <summary>The interviewer's or host's question.</summary>
    [VocabularyWord("question")]
    Question,

    /// <summary>An answer by the interviewee or a panelist.</summary>
    [VocabularyWord("answer")]
    Answer,
}

/// <summary>How a quote renders speech.</summary>
public enum QuoteKind
{
    /// <summary>Words in quotation marks, attributed to the speaker.</summary>
    [VocabularyWord("direct")]
    Direct,

    /// <summary>Reported speech without quotation marks, where the attribution is clear.</summary>
    [VocabularyWord("indirect")]
    Indirect,

    /// <summary>An interviewee's answer (or part of one) in an interview.</summary>
    [VocabularyWord("interview-answer")]
    InterviewAnswer,

    /// <summary>A panelist's answer (or part of one) in a panel discussion.</summary>
    [VocabularyWord("panel-answer")]
    PanelAnswer,

    /// <summary>A slogan chanted or written by a group.</summary>
    [VocabularyWord("slogan")]
    Slogan,
}

/// <summary>How a figure's value relates to the true quantity, as the text qualifies it.</summary>
public enum FigureQualifier
{
    /// <summary>Stated as is.</summary>
    [VocabularyWord("exact")]
    Exact,

    /// <summary>"around", "about".</summary>
    [VocabularyWord("about")]
    About,

    /// <summary>"almost", "nearly": a little below the value.</summary>
    [VocabularyWord("almost")]
    Almost,

    /// <summary>"at least", "at the minimum".</summary>
    [VocabularyWord("at-least")]
    AtLeast,

    /// <summary>"more than".</summary>
    [VocabularyWord("more-than")]
    MoreThan,

    /// <summary>"at most".</summary>
    [VocabularyWord("at-most")]
    AtMost,

    /// <summary>"less than".</summary>
    [VocabularyWord("less-than")]
    LessThan,

    /// <summary>Between <c>Figure.Lower</c> and <c>Figure.Upper</c>.</summary>
    [VocabularyWord("range")]
    Range,

    /// <summary>A vague quantity ("dozens"), given a bound by a deliberate reading.</summary>
    [VocabularyWord("vague")]
    Vague,
}

/// <summary>What went wrong in the source text where a correction is recorded.</summary>
public enum CorrectionKind
{
    /// <summary>A phrase mistranslated (usually by machine translation).</summary>
    [VocabularyWord("mistranslation")]
    Mistranslation,

    /// <summary>A person's name mangled.</summary>
    [VocabularyWord("misspelled-name")]
    MisspelledName,

    /// <summary>A speech-to-text error.</summary>
    [VocabularyWord("transcription")]
    Transcription,

    /// <summary>A rewording that changed the meaning.</summary>
    [VocabularyWord("rewording")]
    Rewording,

    /// <summary>A place that is wrong for the context.</summary>
    [VocabularyWord("wrong-place")]
    WrongPlace,

    /// <summary>A typing error.</summary>
    [VocabularyWord("typo")]
    Typo,

    /// <summary>Text garbled beyond a single-word fix.</summary>
    [VocabularyWord("garbled")]
    Garbled,
}

/// <summary>Quotation marks that do not quote a speaker.</summary>
public enum TermKind
{
    /// <summary>Marks that distance the writer from a word ("peacekeeping").</summary>
    [VocabularyWord("scare-quote")]
    ScareQuote,

    /// <summary>A term or label being introduced or named.</summary>
    [VocabularyWord("term")]
    Term,

    /// <summary>A title of a person or a work ("leader of the nation").</summary>
    [VocabularyWord("title")]
    Title,

    /// <summary>A name.</summary>
    [VocabularyWord("name")]
    Name,

    /// <summary>A word mentioned rather than used.</summary>
    [VocabularyWord("mention")]
    Mention,
}

/// <summary>What a person (or speaking body) is, in this corpus.</summary>
public enum PersonKind
{
    /// <summary>A researcher or analyst whose analysis is quoted.</summary>
    [VocabularyWord("expert")]
    Expert,

    /// <summary>A government or organisation official.</summary>
    [VocabularyWord("official")]
    Official,

    /// <summary>A head of state or of government, past or present.</summary>
    [VocabularyWord("leader")]
    Leader,

    /// <summary>A journalist or editor speaking as a source.</summary>
    [VocabularyWord("journalist")]
    Journalist,

    /// <summary>A business or media executive.</summary>
    [VocabularyWord("executive")]
    Executive,

    /// <summary>An activist or opposition figure.</summary>
    [VocabularyWord("activist")]
    Activist,

    /// <summary>An organisation that speaks as one ("the Kremlin said").</summary>
    [VocabularyWord("organisation")]
    Organisation,

    /// <summary>An unorganised group ("the demonstrators").</summary>
    [VocabularyWord("group")]
    Group,
}
