using System;

namespace KzDataset.Shared;

// Shared source: the pieces an article record is made of (see ArticleRecord.cs).

/// <summary>A resolved span: UTF-16 offsets into the article's text, end-exclusive.</summary>
internal readonly struct RecordRange : IEquatable<RecordRange>
{
    public RecordRange(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public bool Equals(RecordRange other) => Start == other.Start && End == other.End;

    public override bool Equals(object? obj) => obj is RecordRange other && Equals(other);

    public override int GetHashCode() => (Start * 397) ^ End;
}

/// <summary>An annotation that stands for the element <see cref="Source"/> of a sidecar array.</summary>
internal readonly struct RecordItem
{
    public RecordItem(int source, RecordRange range, int code, int reference = -1, int link = -1)
    {
        Source = source;
        Range = range;
        Code = code;
        Reference = reference;
        Link = link;
    }

    /// <summary>Position of the element in its sidecar array ("quotes", "turns", …).</summary>
    public int Source { get; }

    public RecordRange Range { get; }

    /// <summary>A vocabulary code: reason, role, kind, qualifier.</summary>
    public int Code { get; }

    /// <summary>A registry position (speaker, stated by), or -1.</summary>
    public int Reference { get; }

    /// <summary>For a quote: the turn it belongs to (position in <see cref="ArticleRecord.Turns"/>), or -1; bit 30 set when the quote is the turn itself.</summary>
    public int Link { get; }
}

/// <summary>A figure's numbers and registry references (its free text is in the sidecar).</summary>
internal readonly struct RecordFigure
{
    public RecordFigure(int source, RecordRange range, decimal? value, decimal? lower, decimal? upper, int unit, int measure, int qualifier, int statedBy)
    {
        Source = source;
        Range = range;
        Value = value;
        Lower = lower;
        Upper = upper;
        Unit = unit;
        Measure = measure;
        Qualifier = qualifier;
        StatedBy = statedBy;
    }

    public int Source { get; }

    public RecordRange Range { get; }

    public decimal? Value { get; }

    public decimal? Lower { get; }

    public decimal? Upper { get; }

    public int Unit { get; }

    public int Measure { get; }

    public int Qualifier { get; }

    public int StatedBy { get; }
}
