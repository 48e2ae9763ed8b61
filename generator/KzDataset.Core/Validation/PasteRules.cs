using System;
using System.Collections.Generic;
using KzDataset.Core.Model;
using KzDataset.Core.Text;

namespace KzDataset.Core.Validation;

/// <summary>
/// What the annotation an anchor belongs to requires of its span, so that the closest passage a
/// KZ0100 offers passes where it is pasted: outside every excluded span (KZ0106), and for a quote
/// with the quotation marks its "marks" field states (KZ0202).
/// </summary>
internal sealed class PasteRules
{
    /// <summary>No rule beyond the anchor's own (exclusions, titles, cues, ignores).</summary>
    public static readonly PasteRules Anywhere = new(Array.Empty<TextRange>(), null);

    public PasteRules(IReadOnlyList<TextRange> excluded, string? marks)
    {
        Excluded = excluded;
        Marks = marks;
    }

    /// <summary>Spans the passage must not overlap.</summary>
    public IReadOnlyList<TextRange> Excluded { get; }

    /// <summary>"both", "opening" or "closing": the marks the text must have around the span; null when marks do not matter.</summary>
    public string? Marks { get; }

    public bool NeedsOpening => Marks is "both" or "opening";

    public bool NeedsClosing => Marks is "both" or "closing";
}
