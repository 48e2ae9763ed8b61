using System.Collections.Generic;

namespace KzDataset.Cli.Export;

// The exported shapes: flat, camelCase, enums as the kebab-case words of the sidecars, offsets
// into the raw text so every record can be checked against the seed file from outside the build.

internal sealed record DateRecord(string Date, string Precision, bool Inferred, string? Note);

internal sealed record SpanRecord(int Start, int End, string? Reason, string? Note, string Text);

internal sealed record ArticleRecord(
    string Id,
    string SeedFile,
    string? Title,
    string? TitleNote,
    string Outlet,
    string OutletName,
    bool OutletInferred,
    string? OutletNote,
    DateRecord Published,
    string Language,
    IReadOnlyList<string> Processing,
    string Format,
    string Sha256,
    int Length,
    string Body,
    IReadOnlyList<SpanRecord> Excluded,
    IReadOnlyList<string> PeopleIds);

internal sealed record PersonRecord(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Affiliation,
    string? Role,
    string Kind,
    string? Note,
    IReadOnlyList<string> ArticleIds,
    int QuoteCount);

internal sealed record QuoteRecord(
    string Id, string ArticleId, string SpeakerId, string Kind, string Text, int Start, int End, string? Cue, string? TurnId, string? Note);

internal sealed record FigureRecord(
    string Id,
    string ArticleId,
    decimal? Value,
    decimal? Lower,
    decimal? Upper,
    string Unit,
    string Measure,
    string Qualifier,
    string Subject,
    string? AsOf,
    string? StatedById,
    string? Reading,
    string Text,
    int Start,
    int End,
    string? Note);

internal sealed record CorrectionRecord(string Id, string ArticleId, string Text, string Correct, string Kind, int Start, int End, string? Note);

internal sealed record TurnRecord(string Id, string ArticleId, string Role, string? SpeakerId, string Text, int Start, int End);
