namespace KzDataset.Format;

/// <summary>A figure's numbers and registry references in an article record (its free text is in the sidecar).</summary>
public readonly struct RecordFigure
{
    /// <summary>A figure; <paramref name="statedBy"/> is -1 when absent.</summary>
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

    /// <summary>Position of the figure in the sidecar's "figures" array.</summary>
    public int Source { get; }

    /// <summary>Where the figure is in the text.</summary>
    public RecordRange Range { get; }

    /// <summary>The stated value, or null for a range.</summary>
    public decimal? Value { get; }

    /// <summary>The lower bound of a range, or null.</summary>
    public decimal? Lower { get; }

    /// <summary>The upper bound of a range, or null.</summary>
    public decimal? Upper { get; }

    /// <summary>The unit's position in the registry's id order.</summary>
    public int Unit { get; }

    /// <summary>The measure's position in the registry's id order.</summary>
    public int Measure { get; }

    /// <summary>The qualifier's vocabulary code.</summary>
    public int Qualifier { get; }

    /// <summary>The registry position of the person who stated it, or -1.</summary>
    public int StatedBy { get; }
}
