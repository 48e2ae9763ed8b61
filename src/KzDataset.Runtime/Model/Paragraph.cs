using System.Collections.Generic;
using System.Linq;

namespace KzDataset;

/// <summary>A paragraph of an article's body. An exclusion inside it splits it into several segments.</summary>
public sealed class Paragraph
{
    private string? _text;

    internal Paragraph(int index, IReadOnlyList<TextSpan> segments)
    {
        Index = index;
        Segments = segments;
    }

    /// <summary>0-based position in the body.</summary>
    public int Index { get; }

    /// <summary>The raw-text spans the paragraph is made of.</summary>
    public IReadOnlyList<TextSpan> Segments { get; }

    /// <summary>Offset of the paragraph's first character in the raw text.</summary>
    public int Start => Segments[0].Start;

    /// <summary>Offset just past the paragraph's last character in the raw text.</summary>
    public int End => Segments[^1].End;

    /// <summary>The paragraph's text: its segments, concatenated.</summary>
    public string Text => _text ??= string.Concat(Segments.Select(s => s.Text));

    /// <inheritdoc />
    public override string ToString() => Text;
}
