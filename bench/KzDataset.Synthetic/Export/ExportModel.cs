using System.Collections.Generic;

namespace KzDataset.Synthetic.Export;

// The JSON baseline of the bench: the same corpus as the seeds, as plain records.
// Compiled into the bench's runner too (linked), so both sides read one shape.

/// <summary>The whole synthetic corpus as one JSON document.</summary>
public sealed record ExportCorpus(IReadOnlyList<ExportArticle> Articles, IReadOnlyList<ExportPerson> People);

// Every field the runtime's object graph holds for an article (as the kz export writes them), so
// the two loads hold the same corpus: metadata and notes, the body, and every annotation.
public sealed record ExportArticle(
    string Id,
    string SeedFile,
    string Title,
    string Outlet,
    string? OutletNote,
    string Date,
    string? DateNote,
    string Language,
    string? LanguageNote,
    string Format,
    string Body,
    IReadOnlyList<ExportSpan> Excluded,
    IReadOnlyList<ExportTurn> Turns,
    IReadOnlyList<ExportQuote> Quotes,
    IReadOnlyList<ExportFigure> Figures,
    IReadOnlyList<ExportSpan> Terms,
    IReadOnlyList<string> PeopleIds);

public sealed record ExportSpan(int Start, int End, string Kind, string? Note, string Text);

public sealed record ExportTurn(string Id, string Role, string? Speaker, int Start, int End);

public sealed record ExportQuote(string Id, string Text, string Speaker, string Kind, int Start, int End, string? Cue, string? Note);

public sealed record ExportFigure(string Id, string Text, int Start, int End, decimal? Value, decimal? Lower, decimal? Upper, string Unit, string Measure,
    string Qualifier, string Subject, string? StatedBy, string? Note);

public sealed record ExportPerson(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, string? Affiliation, string? Role, string? Note);
