using System;
using KzDataset.Format;

namespace KzDataset.Core.Text;

/// <summary>
/// Finds the passage of a text closest to a pattern (Sellers' approximate substring matching:
/// edit distance with a free start and end in the text), for "did you mean" on anchors that miss.
/// O(text × pattern) time and O(pattern) memory; only run when an anchor is not found.
/// </summary>
internal static class ApproximateMatcher
{
    private const int MaxPatternLength = 300;

    public readonly struct Match
    {
        public Match(int start, int end, int distance)
        {
            Start = start;
            End = end;
            Distance = distance;
        }

        public int Start { get; }

        public int End { get; }

        public int Distance { get; }
    }

    /// <summary>The best match of <paramref name="pattern"/> in <paramref name="text"/>, case- and typography-insensitive.</summary>
    public static Match Closest(string text, string pattern) => Closest(text, 0, text.Length, pattern);

    /// <summary>The best match of <paramref name="pattern"/> within <paramref name="text"/>[<paramref name="from"/>, <paramref name="to"/>), in offsets of the whole text.</summary>
    public static Match Closest(string text, int from, int to, string pattern)
    {
        var match = ClosestIn(text.Substring(from, to - from), pattern);
        return new Match(from + match.Start, from + match.End, match.Distance);
    }

    /// <summary>The edit distance between <paramref name="pattern"/> (its first 300 characters) and the whole of <paramref name="passage"/>, case- and typography-insensitive.</summary>
    public static int Distance(string pattern, string passage)
    {
        if (pattern.Length > MaxPatternLength) pattern = pattern.Substring(0, MaxPatternLength);
        var p = Normalize(pattern);
        var t = Normalize(passage);
        var previous = new int[p.Length + 1];
        var current = new int[p.Length + 1];
        for (var i = 0; i <= p.Length; i++) previous[i] = i;
        for (var j = 1; j <= t.Length; j++)
        {
            current[0] = j;
            for (var i = 1; i <= p.Length; i++)
            {
                current[i] = Math.Min(Math.Min(previous[i] + 1, current[i - 1] + 1), previous[i - 1] + (p[i - 1] == t[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[p.Length];
    }

    private static Match ClosestIn(string text, string pattern)
    {
        // A long quotation is located by its beginning; the message shows where it starts to differ.
        if (pattern.Length > MaxPatternLength) pattern = pattern.Substring(0, MaxPatternLength);
        var t = Normalize(text);
        var p = Normalize(pattern);
        var m = p.Length;
        var previous = new int[m + 1];
        var current = new int[m + 1];
        var previousStart = new int[m + 1];
        var currentStart = new int[m + 1];
        for (var i = 0; i <= m; i++)
        {
            previous[i] = i;
            previousStart[i] = 0;
        }
        var best = new Match(0, Math.Min(m, text.Length), previous[m]);
        for (var j = 1; j <= t.Length; j++)
        {
            current[0] = 0;
            currentStart[0] = j;
            for (var i = 1; i <= m; i++)
            {
                // Equal costs: prefer the alignment that starts earlier, so a suggestion does not
                // drop the first characters of the passage ("2,500" rather than ",500").
                var cost = previous[i - 1] + (p[i - 1] == t[j - 1] ? 0 : 1);
                var start = previousStart[i - 1];
                Consider(previous[i] + 1, previousStart[i], ref cost, ref start);
                Consider(current[i - 1] + 1, currentStart[i - 1], ref cost, ref start);
                current[i] = cost;
                currentStart[i] = start;
            }
            if (current[m] < best.Distance) best = new Match(currentStart[m], j, current[m]);
            (previous, current) = (current, previous);
            (previousStart, currentStart) = (currentStart, previousStart);
        }
        return best;
    }

    private static void Consider(int cost, int start, ref int bestCost, ref int bestStart)
    {
        if (cost < bestCost || (cost == bestCost && start < bestStart))
        {
            bestCost = cost;
            bestStart = start;
        }
    }

    private static string Normalize(string value)
    {
        var chars = new char[value.Length];
        for (var i = 0; i < value.Length; i++) chars[i] = char.ToLowerInvariant(TypographicFolding.Fold(value[i]));
        return new string(chars);
    }
}
