using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KzDataset.Format;

namespace KzDataset.Cli.Drafting.Scoring;

/// <summary>
/// Scores drafted annotations against true ones, article by article (paired by seed file name).
/// Quotes (sharing half the true span) and figures (sharing a character) are paired one to one by
/// <see cref="SpanMatcher"/>; exclusions are compared character by character.
/// </summary>
internal static class DraftScorer
{
    /// <summary>Every true article's score (a true article with no draft scores as an empty draft), and the total.</summary>
    public static DraftScore Score(Corpus truth, Corpus draft)
        => Score(truth.Articles.Select(ScoredArticles.From), draft.Articles.Select(ScoredArticles.From));

    public static DraftScore Score(IEnumerable<ScoredArticle> truth, IEnumerable<ScoredArticle> draft)
    {
        var drafts = draft.ToDictionary(a => NameOf(a.SeedFile), StringComparer.Ordinal);
        var scores = new List<ArticleScore>();
        var paired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in truth.OrderBy(a => NameOf(a.SeedFile), StringComparer.Ordinal))
        {
            var name = NameOf(article.SeedFile);
            drafts.TryGetValue(name, out var drafted);
            if (drafted is not null) paired.Add(name);
            scores.Add(ScoreArticle(article, drafted));
        }
        var total = scores.Aggregate(Empty("total"), (sum, score) => sum + score);
        var unpaired = drafts.Keys.Where(k => !paired.Contains(k)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        return new DraftScore(scores, total, unpaired);
    }

    /// <summary>One article's score; a null draft counts every true item as not found.</summary>
    public static ArticleScore ScoreArticle(ScoredArticle truth, ScoredArticle? draft)
    {
        var name = NameOf(truth.SeedFile);
        var empty = new ScoredArticle(truth.SeedFile, [], [], []);
        var drafted = draft ?? empty;
        return new ArticleScore(name, draft is null ? 1 : 0, ScoreQuotes(truth.Quotes, drafted.Quotes),
            ScoreFigures(truth, drafted.Figures), ScoreExclusions(truth.Exclusions, drafted.Exclusions));
    }

    private static ArticleScore Empty(string name) => new(name, 0, QuoteScore.Zero, FigureTally.Zero, ExclusionTally.Zero);

    private static string NameOf(string seedFile) => Path.GetFileNameWithoutExtension(seedFile);

    private static QuoteScore ScoreQuotes(IReadOnlyList<ScoredQuote> truth, IReadOnlyList<ScoredQuote> draft)
    {
        var pairs = SpanMatcher.Match(truth.Select(q => q.Span).ToList(), draft.Select(q => q.Span).ToList(), MatchRule.HalfOfTruth);
        var all = new QuoteCounter();
        var direct = new QuoteCounter();
        var answer = new QuoteCounter();
        QuoteCounter? GroupOf(QuoteKind kind) => kind switch
        {
            QuoteKind.Direct => direct,
            QuoteKind.InterviewAnswer or QuoteKind.PanelAnswer => answer,
            _ => null,
        };
        foreach (var quote in truth)
        {
            all.AddTrue();
            GroupOf(quote.Kind)?.AddTrue();
        }
        foreach (var quote in draft)
        {
            all.AddDrafted();
            GroupOf(quote.Kind)?.AddDrafted();
        }
        foreach (var (t, d) in pairs)
        {
            var exact = truth[t].Span == draft[d].Span;
            var speaker = SameSpeaker(truth[t].SpeakerNames, draft[d].SpeakerNames);
            all.AddFound(exact, speaker);
            all.AddCorrect();
            GroupOf(truth[t].Kind)?.AddFound(exact, speaker);
            GroupOf(draft[d].Kind)?.AddCorrect();
        }
        return new QuoteScore(all.Tally, direct.Tally, answer.Tally);
    }

    /// <summary>The speakers are the same person when a name or alias of one folds (<see cref="NameKey"/>) to a name or alias of the other.</summary>
    internal static bool SameSpeaker(IReadOnlyList<string> truth, IReadOnlyList<string> draft)
    {
        var keys = new HashSet<string>(truth.Select(NameKey.Of), StringComparer.Ordinal);
        return draft.Any(name => keys.Contains(NameKey.Of(name)));
    }

    private static FigureTally ScoreFigures(ScoredArticle truth, IReadOnlyList<ScoredFigure> draft)
    {
        var figures = truth.Figures;
        var pairs = SpanMatcher.Match(figures.Select(f => f.Span).ToList(), draft.Select(f => f.Span).ToList(), MatchRule.AnyOverlap);
        int exact = 0, value = 0, measure = 0;
        foreach (var (t, d) in pairs)
        {
            if (figures[t].Span == draft[d].Span) exact++;
            if (figures[t].Value == draft[d].Value && figures[t].Lower == draft[d].Lower && figures[t].Upper == draft[d].Upper) value++;
            if (string.Equals(figures[t].Measure, draft[d].Measure, StringComparison.Ordinal)) measure++;
        }
        var ads = truth.Exclusions.Where(e => e.Reason == ExclusionReason.Advertisement).Select(e => e.Span).ToList();
        var inAds = draft.Count(f => ads.Any(ad => ad.Overlap(f.Span) > 0));
        return new FigureTally(figures.Count, draft.Count, pairs.Count, exact, value, measure, inAds);
    }

    private static ExclusionTally ScoreExclusions(IReadOnlyList<ScoredExclusion> truth, IReadOnlyList<ScoredExclusion> draft)
    {
        var trueRanges = Merge(truth.Select(e => e.Span));
        var draftRanges = Merge(draft.Select(e => e.Span));
        var covered = trueRanges.Sum(t => draftRanges.Sum(d => t.Overlap(d)));
        return new ExclusionTally(trueRanges.Sum(r => r.Length), draftRanges.Sum(r => r.Length), covered);
    }

    /// <summary>The ranges merged where they overlap or touch, so no character counts twice.</summary>
    private static List<CharRange> Merge(IEnumerable<CharRange> ranges)
    {
        var merged = new List<CharRange>();
        foreach (var range in ranges.Where(r => r.Length > 0).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = new CharRange(merged[^1].Start, Math.Max(merged[^1].End, range.End));
                continue;
            }
            merged.Add(range);
        }
        return merged;
    }

    /// <summary>The counts of one group of quotes while an article is scored.</summary>
    private sealed class QuoteCounter
    {
        private int _true;
        private int _drafted;
        private int _found;
        private int _correct;
        private int _exact;
        private int _speaker;

        public QuoteTally Tally => new(_true, _drafted, _found, _correct, _exact, _speaker);

        public void AddTrue() => _true++;

        public void AddDrafted() => _drafted++;

        public void AddCorrect() => _correct++;

        public void AddFound(bool exact, bool speaker)
        {
            _found++;
            if (exact) _exact++;
            if (speaker) _speaker++;
        }
    }
}
