namespace KzDataset.Synthetic.Model;

// Annotations by offset into the text being written; anchors are derived from them at the end,
// when the whole text is known (an exact quotation may occur again later in the text).

/// <summary>A span of the text: start offset and length (UTF-16).</summary>
internal readonly record struct Span(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>An excluded span (ad, teaser) with its reason.</summary>
internal sealed record Exclusion(Span Span, string Reason, string Note);

/// <summary>An interview turn; a question has no speaker.</summary>
internal sealed record Turn(Span Span, string Role, string? Speaker);

/// <summary>A direct or indirect quote.</summary>
internal sealed record Quote(string Id, Span Span, string Speaker, string Kind, string Cue, string? Note);

/// <summary>A figure; value or lower/upper are what the span says.</summary>
internal sealed record Figure(string Id, Span Span, decimal? Value, decimal? Lower, decimal? Upper, string Unit, string Measure,
    string Qualifier, string Subject, string? StatedBy, string? Note);

/// <summary>A quoted term (scare quote, title) or an ignore entry (date, stray mark).</summary>
internal sealed record Marked(Span Span, string Kind, string? Note);
