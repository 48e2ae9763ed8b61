using System.Collections.Generic;

namespace KzDataset.Synthetic.Export;

// The JSON baseline of the bench: the same corpus as the seeds, as plain records.
// Compiled into the bench's runner too (linked), so both sides read one shape.

/// <summary>The whole synthetic corpus as one JSON document.</summary>
public sealed record ExportCorpus(IReadOnlyList<ExportArticle> Articles, IReadOnlyList<ExportPerson> People);

/// <summary>An article: its body is the text without excluded spans, as <c>Article.Body</c> gives it.</summary>
public sealed record ExportArticle(string Id, string Title, string Body, IReadOnlyList<ExportQuote> Quotes, IReadOnlyList<ExportFigure> Figures);

/// <summary>A quote; <c>Speaker</c> is a person id of <see cref="ExportCorpus.People"/>.</summary>
public sealed record ExportQuote(string Id, string Text, string Speaker);

/// <summary>A figure as the text states it.</summary>
public sealed record ExportFigure(string Id, string Text, decimal? Value, decimal? Lower, decimal? Upper, string Unit, string Measure);

/// <summary>A registered person.</summary>
public sealed record ExportPerson(string Id, string Name, string Kind, IReadOnlyList<string> Aliases);
