namespace KzDataset.Core.Model;

/// <summary>A resolved span of a seed text: UTF-16 offsets, end-exclusive.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;

    public bool Contains(TextRange other) => Start <= other.Start && other.End <= End;
}
