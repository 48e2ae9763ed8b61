using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;
using KzDataset.Core.Model;

namespace KzDataset.Core.Parsing;

/// <summary>Parses one article sidecar into a <see cref="RawArticle"/>; nothing here reads the text.</summary>
internal static class SidecarParser
{
    private static readonly Regex Sha256Pattern = new("^[0-9a-f]{64}$", RegexOptions.CultureInvariant);
    private static readonly Regex LanguagePattern = new("^[a-z]{2,3}$", RegexOptions.CultureInvariant);

    public static ParsedSidecar Parse(string path, string text)
    {
        var context = new ParseContext(path, text);
        var baseName = SeedFileNames.BaseName(path);
        var article = ParseArticle(context, text, baseName);
        return new ParsedSidecar(path, baseName, article, context.Diagnostics.ToEquatableArray());
    }

    // Of the UTF-8 bytes without a byte-order mark (the compiler strips it): what the runtime hashes.
    private static ulong Fingerprint(byte[] utf8) => KzDataset.Format.ArticleRecord.Fingerprint(utf8, 0, utf8.Length);

    private static RawArticle? ParseArticle(ParseContext context, string text, string baseName)
    {
        var root = JsonFileParser.ReadRoot(context, text, "the article");
        if (root is null) return null;

        var id = root.Id("id", required: true);
        var sha = root.String("sha256", required: true);
        if (sha is not null && !Sha256Pattern.IsMatch(sha))
        {
            context.Report(KzDiagnostics.WrongType, root.LocationOf("sha256"), "sha256", "64 lowercase hexadecimal digits", $"'{sha}'");
            sha = null;
        }

        RawAnchor? title = null;
        var titleValue = root.Value("title", required: true);
        var titleNote = root.String("titleNote");
        if (titleValue is Json.JsonObject)
        {
            var titleReader = root.Object("title", "the title")!;
            title = titleReader.Anchor();
            titleReader.Finish();
        }
        else if (titleValue is Json.JsonNull && titleNote is null)
        {
            context.Report(KzDiagnostics.MissingField, root.LocationOf("title"), "titleNote", "the article (a null title must say why the text has no headline)");
        }
        else if (titleValue is not null and not Json.JsonNull)
        {
            context.Report(KzDiagnostics.WrongType, root.LocationOf("title"), "title", "an anchor object or null", titleValue.KindName);
        }

        var outlet = ParseOutlet(root.Object("outlet", "the outlet", required: true));
        var published = ParsePublished(root.Object("published", "the publication date", required: true));
        var language = ParseLanguage(root.Object("language", "the language", required: true));
        var format = root.Enum("format", Vocabulary.ArticleFormat, required: true);
        root.String("note");

        var exclusions = root.Objects("exclude", "an exclusion").Select(ParseExclusion).ToList();
        var turns = root.Objects("turns", "a turn").Select(ParseTurn).ToList();
        var quotes = root.Objects("quotes", "a quote").Select(ParseQuote).ToList();
        var figures = root.Objects("figures", "a figure").Select(ParseFigure).ToList();
        var corrections = root.Objects("corrections", "a correction").Select(ParseCorrection).ToList();
        var terms = root.Objects("terms", "a quoted term").Select(ParseTerm).ToList();
        var ignores = root.Objects("ignore", "an ignore entry").Select(ParseIgnore).ToList();
        root.Finish();

        if (id is null || sha is null) return null;
        return new RawArticle(
            context.Path,
            baseName,
            id.Value,
            sha,
            root.LocationOf("sha256"),
            title,
            titleNote,
            outlet,
            published,
            language,
            format,
            Compact(exclusions),
            Compact(turns),
            Compact(quotes),
            Compact(figures),
            Compact(corrections),
            Compact(terms),
            Compact(ignores),
            Fingerprint(context.Utf8 ?? System.Text.Encoding.UTF8.GetBytes(text)));
    }

    private static RawOutlet? ParseOutlet(ObjectReader? reader)
    {
        if (reader is null) return null;
        var id = reader.Id("id", required: true);
        var inferred = reader.Boolean("inferred", required: true);
        var note = reader.String("note");
        var cues = ParseCues(reader);
        reader.Finish();
        return id is null || inferred is null ? null : new RawOutlet(id.Value, inferred.Value, note, cues);
    }

    private static RawPublished? ParsePublished(ObjectReader? reader)
    {
        if (reader is null) return null;
        var dateText = reader.String("date", required: true);
        var precision = reader.Enum("precision", Vocabulary.DatePrecision);
        var inferred = reader.Boolean("inferred", required: true);
        var note = reader.String("note");
        var cues = ParseCues(reader);
        reader.Finish();
        if (dateText is null || inferred is null) return null;
        var date = PartialDate.Parse(dateText);
        if (date.Error is not null)
        {
            reader.Context.Report(KzDiagnostics.InvalidDate, reader.LocationOf("date"), dateText, date.Error);
            return null;
        }
        if (precision is not null && precision != date.Precision)
        {
            reader.Context.Report(KzDiagnostics.InvalidDate, reader.LocationOf("precision"), dateText,
                $"it is written to {Vocabulary.DatePrecision.Word(date.Precision)} precision but \"precision\" says {Vocabulary.DatePrecision.Word(precision.Value)}");
            return null;
        }
        return new RawPublished(date.Year, date.Month, date.Day, date.Precision, inferred.Value, note, cues);
    }

    private static RawLanguage? ParseLanguage(ObjectReader? reader)
    {
        if (reader is null) return null;
        var original = reader.String("original", required: true);
        var processing = reader.EnumList("processing", Vocabulary.TextProcessing);
        var note = reader.String("note");
        reader.Finish();
        if (original is not null && !LanguagePattern.IsMatch(original))
        {
            reader.Context.Report(KzDiagnostics.WrongType, reader.LocationOf("original"), "original",
                "an ISO 639 language code such as \"fr\"", $"'{original}'");
            return null;
        }
        return original is null ? null : new RawLanguage(original, processing.Aggregate(TextProcessing.None, (all, step) => all | step), note);
    }

    private static EquatableArray<RawAnchor> ParseCues(ObjectReader reader)
    {
        var cues = new List<RawAnchor?>();
        foreach (var cue in reader.Objects("cues", "a cue").ToList())
        {
            cues.Add(cue.Anchor());
            cue.String("note");
            cue.Finish();
        }
        return Compact(cues);
    }

    private static RawExclusion? ParseExclusion(ObjectReader reader)
    {
        var anchor = reader.Anchor();
        var reason = reader.Enum("reason", Vocabulary.ExclusionReason, required: true);
        var note = reader.String("note");
        reader.Finish();
        return anchor is null || reason is null ? null : new RawExclusion(anchor, reason.Value, note);
    }

    private static RawTurn? ParseTurn(ObjectReader reader)
    {
        var anchor = reader.Anchor();
        var role = reader.Enum("role", Vocabulary.TurnRole, required: true);
        var speaker = reader.Id("speaker", required: role == TurnRole.Answer);
        var note = reader.String("note");
        reader.Finish();
        return anchor is null || role is null || (role == TurnRole.Answer && speaker is null)
            ? null
            : new RawTurn(anchor, role.Value, speaker, note);
    }

    private static RawQuote? ParseQuote(ObjectReader reader)
    {
        var id = reader.Id("id", required: true);
        var anchor = reader.Anchor();
        var speaker = reader.Id("speaker", required: true);
        var kind = reader.Enum("kind", Vocabulary.QuoteKind, required: true);
        var defaultMarks = kind is QuoteKind.Direct or QuoteKind.Slogan ? QuoteMarks.Both : QuoteMarks.None;
        var marks = reader.Enum("marks", Vocabulary.QuoteMarks, fallback: defaultMarks);
        var cue = reader.String("cue");
        var note = reader.String("note");
        reader.Finish();
        if (id is null || anchor is null || speaker is null || kind is null || marks is null) return null;
        return new RawQuote(id.Value, anchor, speaker.Value, kind.Value, marks.Value, cue, note);
    }

    private static RawFigure? ParseFigure(ObjectReader reader)
    {
        var id = reader.Id("id", required: true);
        var anchor = reader.Anchor();
        var value = reader.Decimal("value");
        var lower = reader.Decimal("lower");
        var upper = reader.Decimal("upper");
        var unit = reader.Id("unit", required: true);
        var measure = reader.Id("measure", required: true);
        var qualifier = reader.Enum("qualifier", Vocabulary.FigureQualifier, required: true);
        var subject = reader.String("subject", required: true);
        var asOf = reader.String("asOf");
        var statedBy = reader.Id("statedBy");
        var reading = reader.String("reading");
        var note = reader.String("note");
        reader.Finish();

        var valueLocation = reader.Has("value") ? reader.LocationOf("value")
            : reader.Has("lower") ? reader.LocationOf("lower")
            : reader.Has("upper") ? reader.LocationOf("upper")
            : reader.Location;
        var valid = true;
        if (value is null && lower is null && upper is null)
        {
            reader.Context.Report(KzDiagnostics.MissingField, reader.Location, "value (or lower/upper)", "a figure");
            valid = false;
        }
        else if (value is not null && (lower is not null || upper is not null))
        {
            reader.Context.Report(KzDiagnostics.InvalidNumber, valueLocation, "figure bounds",
                "give either \"value\" or \"lower\"/\"upper\", not both");
            valid = false;
        }
        else if (lower is not null && upper is not null && lower > upper)
        {
            reader.Context.Report(KzDiagnostics.InvalidNumber, valueLocation, "figure bounds",
                $"lower {lower} is above upper {upper}");
            valid = false;
        }
        if (qualifier == FigureQualifier.Range && (lower is null || upper is null))
        {
            reader.Context.Report(KzDiagnostics.InvalidNumber, valueLocation, "figure bounds",
                "qualifier \"range\" needs both \"lower\" and \"upper\"");
            valid = false;
        }
        if (asOf is not null && PartialDate.Parse(asOf).Error is { } asOfError)
        {
            reader.Context.Report(KzDiagnostics.InvalidDate, reader.LocationOf("asOf"), asOf, asOfError);
            valid = false;
        }
        if (!valid || id is null || anchor is null || unit is null || measure is null || qualifier is null || subject is null)
        {
            return null;
        }
        return new RawFigure(id.Value, anchor, value, lower, upper, valueLocation, unit.Value, measure.Value,
            qualifier.Value, subject, asOf, statedBy, reading, note);
    }

    private static RawCorrection? ParseCorrection(ObjectReader reader)
    {
        var id = reader.Id("id", required: true);
        var anchor = reader.Anchor();
        var correct = reader.String("correct", required: true);
        var kind = reader.Enum("kind", Vocabulary.CorrectionKind, required: true);
        var note = reader.String("note");
        reader.Finish();
        return id is null || anchor is null || correct is null || kind is null
            ? null
            : new RawCorrection(id.Value, anchor, correct, kind.Value, note);
    }

    private static RawTerm? ParseTerm(ObjectReader reader)
    {
        var anchor = reader.Anchor();
        var kind = reader.Enum("kind", Vocabulary.TermKind, required: true);
        var note = reader.String("note");
        reader.Finish();
        return anchor is null || kind is null ? null : new RawTerm(anchor, kind.Value, note);
    }

    private static RawIgnore? ParseIgnore(ObjectReader reader)
    {
        var anchor = reader.Anchor();
        var reason = reader.Enum("reason", Vocabulary.IgnoreReason, required: true);
        var note = reader.String("note");
        reader.Finish();
        return anchor is null || reason is null ? null : new RawIgnore(anchor, reason.Value, note);
    }

    private static EquatableArray<T> Compact<T>(IEnumerable<T?> items)
        where T : class, System.IEquatable<T>
        => items.Where(i => i is not null).Select(i => i!).ToEquatableArray();
}
