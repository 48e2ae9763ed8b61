using System.Collections.Generic;
using System.Linq;

namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>When a drafted span may stand for a true one.</summary>
internal enum MatchRule
{
    /// <summary>They share at least half of the true span's characters (quotes: a quote cut short or run long by a few words still counts, a fragment does not).</summary>
    HalfOfTruth,

    /// <summary>They share a character (figures: "964" drafted where the truth marks "964 people" is the same figure).</summary>
    AnyOverlap,
}

/// <summary>
/// Pairs true spans with drafted spans, one to one, under a <see cref="MatchRule"/>. Pairs are taken greedily:
/// identical spans first, then by the most characters shared, ties by position, so the result does not depend
/// on the order of the lists.
/// </summary>
internal static class SpanMatcher
{
    /// <summary>The matched pairs, as indexes into <paramref name="truth"/> and <paramref name="draft"/>.</summary>
    public static IReadOnlyList<(int Truth, int Draft)> Match(IReadOnlyList<CharRange> truth, IReadOnlyList<CharRange> draft, MatchRule rule)
    {
        var candidates = new List<(int Truth, int Draft, bool Exact, int Overlap)>();
        for (var t = 0; t < truth.Count; t++)
        {
            for (var d = 0; d < draft.Count; d++)
            {
                if (Matches(truth[t], draft[d], rule)) candidates.Add((t, d, truth[t] == draft[d], truth[t].Overlap(draft[d])));
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

    /// <summary>Whether <paramref name="draft"/> may stand for <paramref name="truth"/> under <paramref name="rule"/>.</summary>
    public static bool Matches(CharRange truth, CharRange draft, MatchRule rule)
    {
        var overlap = truth.Overlap(draft);
        return overlap > 0 && (rule == MatchRule.AnyOverlap || overlap * 2 >= truth.Length);
    }
}
