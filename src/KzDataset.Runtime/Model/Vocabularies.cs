using System;

namespace KzDataset;

/// <summary>What kind of piece an article is.</summary>
public enum ArticleFormat
{
    /// <summary>Questions and answers with one interviewee.</summary>
    Interview,

    /// <summary>Several speakers answering a host in turn (a broadcast panel or its write-up).</summary>
    Panel,

    /// <summary>A news report.</summary>
    News,

    /// <summary>An analysis piece that weaves experts' quotes into the outlet's own argument.</summary>
    Analysis,
}

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    /// <summary>The day is known.</summary>
    Day,

    /// <summary>Only the month is known.</summary>
    Month,

    /// <summary>Only the year is known.</summary>
    Year,
}

/// <summary>What happened to the text between the outlet and this corpus.</summary>
[Flags]
public enum TextProcessing
{
    /// <summary>The text is as the outlet published it, in its original language.</summary>
    None = 0,

    /// <summary>Translated by a machine (the giveaways are listed as corrections).</summary>
    MachineTranslated = 1,

    /// <summary>Translated by a person.</summary>
    HumanTranslated = 2,

    /// <summary>Written down from speech (a broadcast), with the errors of speech-to-text.</summary>
    Transcribed = 4,

    /// <summary>Reworded by a re-publisher, so wording may not be the speakers' own.</summary>
    Reworded = 8,
}

/// <summary>Why a span of the raw text is not part of the article.</summary>
public enum ExclusionReason
{
    /// <summary>An advertisement.</summary>
    Advertisement,

    /// <summary>A promotion of the outlet's app.</summary>
    AppPromo,

    /// <summary>A logo's alt text.</summary>
    Logo,

    /// <summary>A comment or spam-filter widget.</summary>
    CommentWidget,

    /// <summary>HTML tags and attributes left by the scraper.</summary>
    HtmlDebris,

    /// <summary>A teaser for another article.</summary>
    Teaser,

    /// <summary>A columnist's name from a sidebar.</summary>
    Columnist,

    /// <summary>A "Read more" link.</summary>
    ReadMore,

    /// <summary>A block the scraper copied twice.</summary>
    Duplicate,

    /// <summary>A photo credit.</summary>
    PhotoCredit,

    /// <summary>A photo caption.</summary>
    Caption,

    /// <summary>Site navigation or a section label.</summary>
    Navigation,

    /// <summary>An editorial box of the outlet that is not the article (a "Why We Wrote This" summary).</summary>
    OutletBox,

    /// <summary>A scraper's source tag.</summary>
    SourceTag,

    /// <summary>A subscription offer or notification prompt.</summary>
    Subscription,
}

/// <summary>The role of an interview or panel turn.</summary>
public enum TurnRole
{
    /// <summary>The interviewer's or host's question.</summary>
    Question,

    /// <summary>An answer by the interviewee or a panelist.</summary>
    Answer,
}

/// <summary>How a quote renders speech.</summary>
public enum QuoteKind
{
    /// <summary>Words in quotation marks, attributed to the speaker.</summary>
    Direct,

    /// <summary>Reported speech without quotation marks, where the attribution is clear.</summary>
    Indirect,

    /// <summary>An interviewee's answer (or part of one) in an interview.</summary>
    InterviewAnswer,

    /// <summary>A panelist's answer (or part of one) in a panel discussion.</summary>
    PanelAnswer,

    /// <summary>A slogan chanted or written by a group.</summary>
    Slogan,
}

/// <summary>How a figure's value relates to the true quantity, as the text qualifies it.</summary>
public enum FigureQualifier
{
    /// <summary>Stated as is.</summary>
    Exact,

    /// <summary>"around", "about".</summary>
    About,

    /// <summary>"almost", "nearly": a little below the value.</summary>
    Almost,

    /// <summary>"at least", "at the minimum".</summary>
    AtLeast,

    /// <summary>"more than".</summary>
    MoreThan,

    /// <summary>"at most".</summary>
    AtMost,

    /// <summary>"less than".</summary>
    LessThan,

    /// <summary>Between <see cref="Figure.Lower"/> and <see cref="Figure.Upper"/>.</summary>
    Range,

    /// <summary>A vague quantity ("dozens"), given a bound by a deliberate reading.</summary>
    Vague,
}

/// <summary>What went wrong in the source text where a correction is recorded.</summary>
public enum CorrectionKind
{
    /// <summary>A phrase mistranslated (usually by machine translation).</summary>
    Mistranslation,

    /// <summary>A person's name mangled.</summary>
    MisspelledName,

    /// <summary>A speech-to-text error.</summary>
    Transcription,

    /// <summary>A rewording that changed the meaning.</summary>
    Rewording,

    /// <summary>A place that is wrong for the context.</summary>
    WrongPlace,

    /// <summary>A typing error.</summary>
    Typo,

    /// <summary>Text garbled beyond a single-word fix.</summary>
    Garbled,
}

/// <summary>Quotation marks that do not quote a speaker.</summary>
public enum TermKind
{
    /// <summary>Marks that distance the writer from a word ("peacekeeping").</summary>
    ScareQuote,

    /// <summary>A term or label being introduced or named.</summary>
    Term,

    /// <summary>A title of a person or a work ("leader of the nation").</summary>
    Title,

    /// <summary>A name.</summary>
    Name,

    /// <summary>A word mentioned rather than used.</summary>
    Mention,
}

/// <summary>What a person (or speaking body) is, in this corpus.</summary>
public enum PersonKind
{
    /// <summary>A researcher or analyst whose analysis is quoted.</summary>
    Expert,

    /// <summary>A government or organisation official.</summary>
    Official,

    /// <summary>A head of state or of government, past or present.</summary>
    Leader,

    /// <summary>A journalist or editor speaking as a source.</summary>
    Journalist,

    /// <summary>A business or media executive.</summary>
    Executive,

    /// <summary>An activist or opposition figure.</summary>
    Activist,

    /// <summary>An organisation that speaks as one ("the Kremlin said").</summary>
    Organisation,

    /// <summary>An unorganised group ("the demonstrators").</summary>
    Group,
}
