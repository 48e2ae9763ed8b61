using System.Globalization;

namespace KzDataset;

/// <summary>A number the article states: what it counts or measures, in what unit, how qualified.</summary>
public sealed class Figure
{
    internal Figure(Article article, string localId, KzDataset.Format.RecordFigure record, RegistryLists registry, Person? statedBy, TextSpan span,
        string subject, string? asOf, string? reading, string? note)
    {
        Article = article;
        LocalId = localId;
        Value = record.Value;
        Lower = record.Lower;
        Upper = record.Upper;
        // The record refers to registry entries by position in the id-sorted lists.
        Unit = registry.Units[record.Unit];
        Measure = registry.Measures[record.Measure];
        Qualifier = Vocabulary.Code<FigureQualifier>(record.Qualifier);
        Subject = subject;
        AsOf = asOf;
        StatedBy = statedBy;
        Reading = reading;
        Note = note;
        Span = span;
    }

    /// <summary>Corpus-wide id: <c>article-id/local-id</c>.</summary>
    public string Id => Article.Id + "/" + LocalId;

    /// <summary>Id within the article.</summary>
    public string LocalId { get; }

    /// <summary>The article it is in.</summary>
    public Article Article { get; }

    /// <summary>The value, when the text gives one number.</summary>
    public decimal? Value { get; }

    /// <summary>The lower bound, for a range or a vague quantity.</summary>
    public decimal? Lower { get; }

    /// <summary>The upper bound, for a range.</summary>
    public decimal? Upper { get; }

    /// <summary>What is counted or measured.</summary>
    public UnitInfo Unit { get; }

    /// <summary>What the figure measures.</summary>
    public MeasureInfo Measure { get; }

    /// <summary>How the text qualifies the number.</summary>
    public FigureQualifier Qualifier { get; }

    /// <summary>What the figure is about, in a few words.</summary>
    public string Subject { get; }

    /// <summary>The date the figure holds for, when the text says (ISO 8601, to its precision).</summary>
    public string? AsOf { get; }

    /// <summary>Who states it; null when it is the outlet's own statement.</summary>
    public Person? StatedBy { get; }

    /// <summary>For a deliberate reading of a vague or indirect number, the reason.</summary>
    public string? Reading { get; }

    /// <summary>The annotator's note.</summary>
    public string? Note { get; }

    /// <summary>Where the number is.</summary>
    public TextSpan Span { get; }

    /// <summary>The number as written.</summary>
    public string Text => Span.Text;

    /// <summary>The value, or the bounds with "…" for an open end: "2500", "2–3", "24–…".</summary>
    public string ValueText => Value is { } v
        ? v.ToString(CultureInfo.InvariantCulture)
        : $"{Lower?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{Upper?.ToString(CultureInfo.InvariantCulture) ?? "…"}";

    /// <inheritdoc />
    public override string ToString() => $"{Measure.Id} {ValueText} {Unit.Id} ({Text})";
}
