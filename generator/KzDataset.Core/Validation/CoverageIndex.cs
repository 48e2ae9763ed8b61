using System.Collections.Generic;
using KzDataset.Core.Model;

namespace KzDataset.Core.Validation;

/// <summary>
/// Answers "does one of these spans contain this range?" in constant time after one linear pass,
/// so checking every token of a text costs O(text + spans), not O(tokens × spans).
/// </summary>
internal sealed class CoverageIndex
{
    // _reach[i] = the largest End of the spans starting at or before offset i (0 when none does).
    private readonly int[] _reach;

    public CoverageIndex(int textLength, IEnumerable<TextRange> spans)
    {
        _reach = new int[textLength + 1];
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.Start > textLength) continue;
            if (span.End > _reach[span.Start]) _reach[span.Start] = span.End;
        }
        for (var i = 1; i < _reach.Length; i++)
        {
            if (_reach[i - 1] > _reach[i]) _reach[i] = _reach[i - 1];
        }
    }

    /// <summary>True when some span contains <paramref name="range"/> (same rule as <see cref="TextRange.Contains(TextRange)"/>).</summary>
    public bool Covers(TextRange range)
        => range.Start >= 0 && range.Start < _reach.Length && _reach[range.Start] >= range.End;
}
