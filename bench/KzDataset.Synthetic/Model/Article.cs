using System.Collections.Generic;

namespace KzDataset.Synthetic.Model;

/// <summary>One synthetic article: its verbatim text and every annotation, by offset.</summary>
internal sealed class Article
{
    public required string Id { get; init; }
    public required string BaseName { get; init; }
    public required string Text { get; init; }
    public required Span Title { get; init; }
    public required string Format { get; init; }
    public required string Outlet { get; init; }
    public required string OutletNote { get; init; }
    public required Span OutletCue { get; init; }
    public required string Date { get; init; }
    public required string DateNote { get; init; }
    public required Span DateCue { get; init; }
    public required bool Translated { get; init; }
    public required string LanguageNote { get; init; }
    public required string Note { get; init; }
    public required IReadOnlyList<Exclusion> Exclusions { get; init; }
    public required IReadOnlyList<Turn> Turns { get; init; }
    public required IReadOnlyList<Quote> Quotes { get; init; }
    public required IReadOnlyList<Figure> Figures { get; init; }
    public required IReadOnlyList<Marked> Terms { get; init; }
    public required IReadOnlyList<Marked> Ignores { get; init; }
}
