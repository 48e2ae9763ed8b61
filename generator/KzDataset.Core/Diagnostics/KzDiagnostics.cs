using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Core.Diagnostics;

/// <summary>
/// Every rule the seed checks enforce, one each. Plain data: the same checks run in the generator
/// and in the runtime; the generator turns them into Roslyn descriptors. Documented with an
/// example and the fix in docs/diagnostics.md and tracked in AnalyzerReleases.*.md.
/// </summary>
public static class KzDiagnostics
{
    private const string Json = "KzDataset.Json";
    private const string Files = "KzDataset.Files";
    private const string Ids = "KzDataset.Ids";
    private const string Anchors = "KzDataset.Anchors";
    private const string CrossChecks = "KzDataset.CrossChecks";
    private const string Completeness = "KzDataset.Completeness";
    private const string Generator = "KzDataset.Generator";
    private const string Project = "KzDataset.Project";
    private const string Review = "KzDataset.Review";

    public static readonly KzRule InvalidJson = Error("KZ0001", Json,
        "Invalid JSON", "Invalid JSON: {0}");

    public static readonly KzRule MissingField = Error("KZ0002", Json,
        "Required field missing", "Required field '{0}' is missing in {1}");

    public static readonly KzRule UnknownField = Error("KZ0003", Json,
        "Unknown field", "Unknown field '{0}' in {1}{2}");

    public static readonly KzRule WrongType = Error("KZ0004", Json,
        "Field has the wrong JSON type", "Field '{0}' must be {1}, not {2}");

    public static readonly KzRule InvalidDate = Error("KZ0005", Json,
        "Invalid date", "Invalid date '{0}': {1}");

    public static readonly KzRule InvalidEnumValue = Error("KZ0006", Json,
        "Invalid value", "'{0}' is not a valid {1}{2}");

    public static readonly KzRule InvalidNumber = Error("KZ0007", Json,
        "Invalid number", "Invalid {0}: {1}");

    public static readonly KzRule InvalidId = Error("KZ0008", Json,
        "Invalid id", "'{0}' is not a valid id: ids are lowercase slugs such as 'erica-marat' (a-z, 0-9, single hyphens inside, at most 128 characters)");

    public static readonly KzRule DuplicateField = Error("KZ0009", Json,
        "Field given twice", "Field '{0}' appears more than once in {1}; only one value can be kept");

    public static readonly KzRule SidecarWithoutText = Error("KZ0010", Files,
        "Sidecar without its text", "Sidecar '{0}' has no text: expected '{1}' beside it among the seed files");

    public static readonly KzRule TextWithoutSidecar = Error("KZ0011", Files,
        "Text without its sidecar", "Text '{0}' has no sidecar: create '{1}' beside it with the article's annotations");

    public static readonly KzRule TextHashMismatch = Error("KZ0012", Files,
        "Text hash mismatch", "The SHA-256 of '{0}' is {1}, but the sidecar records {2}: seed texts are never edited, so restore the text or correct the recorded hash");

    public static readonly KzRule UnknownRegistry = Error("KZ0013", Files,
        "Unknown registry file", "'{0}' is not a registry: registry files are {1}");

    public static readonly KzRule InvalidUtf8 = Error("KZ0014", Files,
        "File is not valid UTF-8", "{0} is not valid UTF-8: byte {1} does not start or continue a UTF-8 sequence (the build reads it as U+FFFD); save the file as UTF-8");

    public static readonly KzRule UnknownReference = Error("KZ0020", Ids,
        "Unknown id", "Unknown {0} '{1}'{2}");

    public static readonly KzRule DuplicateId = Error("KZ0021", Ids,
        "Duplicate id", "Duplicate {0} id '{1}': it is also used at {2}");

    public static readonly KzRule IdentifierCollision = Error("KZ0022", Ids,
        "Identifier collision", "The {0} id '{1}' becomes the C# identifier '{2}', {3}; rename it");

    public static readonly KzRule AmbiguousAlias = Error("KZ0023", Ids,
        "Alias names two entries", "Alias '{0}' of '{1}' also names '{2}' (compared without case and diacritics); lookups by name must be unambiguous");

    public static readonly KzRule LanguageVersionTooOld = Error("KZ0030", Project,
        "C# version too old for the generated corpus", "The corpus needs C# {0} or later (UTF-8 string literals) but the project compiles C# {1}; set <LangVersion>{0}</LangVersion> or later, or remove it to use the SDK's default");

    public static readonly KzRule InvalidNamespace = Error("KZ0031", Project,
        "Namespace is not valid C#", "The catalogs' namespace '{0}' cannot be emitted: {1}; set <KzNamespace> (or <RootNamespace>) to a namespace such as My.Corpus");

    public static readonly KzRule AnchorNotFound = Error("KZ0100", Anchors,
        "Anchor not found", "\"{0}\" is not in {1}. {2}");

    public static readonly KzRule AnchorAmbiguous = Error("KZ0101", Anchors,
        "Anchor is ambiguous", "\"{0}\" occurs {1} times in {2} (lines {3}); add \"prefix\" or \"suffix\" with the text around the one you mean, or \"occurrence\": 1 to {1}");

    public static readonly KzRule OccurrenceOutOfRange = Error("KZ0102", Anchors,
        "Occurrence out of range", "Occurrence {0} of \"{1}\" was asked for, but it occurs {2} time(s) in {3}");

    public static readonly KzRule EndNotAfterStart = Error("KZ0103", Anchors,
        "End quotation not after start", "End quotation \"{0}\" does not occur after the start quotation (line {1}) in {2}{3}");

    public static readonly KzRule SpansOverlap = Error("KZ0104", Anchors,
        "Spans overlap", "{0} overlaps {1} (line {2}); {3} must not overlap");

    public static readonly KzRule SpansOutOfOrder = Error("KZ0105", Anchors,
        "Spans out of order", "{0} (line {1}) comes before the previous one (line {2}); list {3} in text order");

    public static readonly KzRule AnnotationInExcludedSpan = Error("KZ0106", Anchors,
        "Annotation in a non-article span", "{0} lies in an excluded span ({1}, line {2}); annotate article text only, or narrow the exclusion");

    public static readonly KzRule InvalidAnchor = Error("KZ0107", Anchors,
        "Anchor has no quotation", "An anchor needs \"exact\", or both \"start\" and \"end\"{0}");

    public static readonly KzRule FigureValueMismatch = Error("KZ0200", CrossChecks,
        "Figure value does not match its text", "Figure '{0}' gives {1}, but its text \"{2}\" reads {3}; fix the value, or add \"reading\" with the reason for a deliberate reading");

    public static readonly KzRule FigureValueUnreadable = Error("KZ0201", CrossChecks,
        "No number in the figure's text", "No number can be read from \"{0}\" (figure '{1}'); anchor the number itself, or add \"reading\" with the reason (a vague \"dozens\" read as at least 24, say)");

    public static readonly KzRule DirectQuoteNotQuoted = Error("KZ0202", CrossChecks,
        "Direct quote outside quotation marks", "Direct quote '{0}' {1}; fix the span, set \"marks\" to the marks the text really has, or use kind \"indirect\"");

    public static readonly KzRule AnswerOutsideTurn = Error("KZ0203", CrossChecks,
        "Interview answer outside the speaker's turn", "Interview answer '{0}' by '{1}' is not inside an answer turn of '{1}'{2}");

    public static readonly KzRule SpeakerNotNamed = Error("KZ0204", CrossChecks,
        "Speaker not named in the article", "Speaker '{0}' of quote '{1}' is not named in the article by any alias ({2}); add the spelling used here to the person's aliases");

    public static readonly KzRule AliasNotInCorpus = Warning("KZ0205", CrossChecks,
        "Alias used by no article", "Alias '{0}' of '{1}' occurs in no article; aliases record spellings the corpus uses");

    public static readonly KzRule UncoveredNumber = Warning("KZ0300", Completeness,
        "Number not annotated", "Number \"{0}\" in {1} (line {2}) is covered by no figure and no ignore entry");

    public static readonly KzRule UncoveredQuotationMark = Warning("KZ0301", Completeness,
        "Quotation mark not annotated", "Quotation mark {0} in {1} (line {2}) belongs to no quote, term or ignore entry");

    public static readonly KzRule CompletenessSummary = Warning("KZ0302", Completeness,
        "More numbers and quotation marks not annotated", "{0} has {1} numbers and {2} quotation marks not annotated; only the first {3} are reported, {4} more are not");

    public static readonly KzRule UnreviewedDraftItem = Warning("KZ0500", Review,
        "Unreviewed draft item", "Unreviewed draft item ({0}): {1} Delete its \"review\" once a person has checked it");

    public static readonly KzRule GeneratorFailure = Error("KZ9999", Generator,
        "Generator defect", "The KzDataset generator failed on '{0}': {1}. This is a defect in the generator; please report it with the file");

    private static readonly Dictionary<string, KzRule> ByIdMap = typeof(KzDiagnostics)
        .GetFields()
        .Where(f => f.FieldType == typeof(KzRule))
        .Select(f => (KzRule)f.GetValue(null)!)
        .ToDictionary(d => d.Id);

    public static IEnumerable<KzRule> All => ByIdMap.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal);

    public static KzRule ById(string id) => ByIdMap[id];

    private static KzRule Error(string id, string category, string title, string message)
        => new(id, category, title, message, KzSeverity.Error);

    private static KzRule Warning(string id, string category, string title, string message)
        => new(id, category, title, message, KzSeverity.Warning);
}
