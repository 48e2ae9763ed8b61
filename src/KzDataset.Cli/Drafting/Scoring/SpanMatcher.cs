using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>
/// Pairs true spans with drafted spans, one to one. A drafted span can match a true span when they share at
/// least half of the true span's characters. Pairs are taken greedily: identical spans first, then by the
/// most characters shared, ties by position, so the result does not depend on the order of the lists.
/// </summary>
internal static class SpanMatcher
{
    /// <summary>The matched pairs, as indexes into <paramref name="truth"/> and <paramref name="draft"/>.</summary>
    public static IReadOnlyList<(int Truth, int Draft)> Match(IReadOnlyList<CharRange> truth, IReadOnlyList<CharRange> draft)
    {
        var candidates = new List<(int Truth, int Draft, bool Exact, int Overlap)>();
        for (var t = 0; t < truth.Count; t++)
        {
            for (var d = 0; d < draft.Count; d++)
            {
                if (Matches(truth[t], draft[d])) candidates.Add((t, d, truth[t] == draft[d], truth[t].Overlap(draft[d])));
            }
        }
        var truthUsed = new bool[truth.Count];
        var draftUsed = new bool[draft.Count];
        var pairs = new List<(int, int)>();
        foreach (var candidate in candidates
                     .OrderByDescending(c => c.Exact).ThenByDescending(c => c.Overlap)
                     .ThenBy(c => truth[c.Truth].Start).ThenBy(c => draft[c.Draft].Start).ThenBy(c => c.Truth).ThenBy(c => c.Draft))
        {
            if (truthUsed[candidate.Truth] || draftUsed[candidate.Draft]) continue;
            truthUsed[candidate.Truth] = draftUsed[candidate.Draft] = true;
            pairs.Add((candidate.Truth, candidate.Draft));
        }
        return pairs;
    }

    /// <summary>The matching rule: the spans share at least half of the true span (and at least one character).</summary>
    public static bool Matches(CharRange truth, CharRange draft)
    {
        var overlap = truth.Overlap(draft);
        return overlap > 0 && overlap * 2 >= truth.Length;
    }
}
