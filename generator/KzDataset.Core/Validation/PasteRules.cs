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

    public PasteRules(IReadOnlyList<TextRange> excluded, QuoteMarks? marks)
    {
        Excluded = excluded;
        Marks = marks;
    }

    /// <summary>Spans the passage must not overlap.</summary>
    public IReadOnlyList<TextRange> Excluded { get; }

    /// <summary>Both, Opening or Closing: the marks the text must have around the span; null when marks do not matter.</summary>
    public QuoteMarks? Marks { get; }

    public bool NeedsOpening => Marks is QuoteMarks.Both or QuoteMarks.Opening;

    public bool NeedsClosing => Marks is QuoteMarks.Both or QuoteMarks.Closing;
}
