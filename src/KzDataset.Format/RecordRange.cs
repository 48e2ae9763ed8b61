using System;

namespace KzDataset.Format;

/// <summary>A resolved span of an article record: UTF-16 offsets into the article's text, end-exclusive.</summary>
public readonly struct RecordRange : IEquatable<RecordRange>
{
    /// <summary>A span from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public RecordRange(int start, int end)
    {
        Start = start;
        End = end;
    }

    /// <summary>The offset of the first character.</summary>
    public int Start { get; }

    /// <summary>The offset after the last character.</summary>
    public int End { get; }

    /// <inheritdoc/>
    public bool Equals(RecordRange other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RecordRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Start * 397) ^ End;
}
