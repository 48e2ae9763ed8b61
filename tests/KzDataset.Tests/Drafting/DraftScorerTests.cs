using System.Collections.Generic;
using System.Linq;
using KzDataset.Cli.Drafting.Scoring;
using Xunit;

namespace KzDataset.Tests.Drafting;

/// <summary>The draft scorer on hand-made truth and draft pairs, where every expected count is worked out by hand.</summary>
public sealed class DraftScorerTests
{
    private static readonly string[] Marat = ["Erica Marat", "Marat"];
    private static readonly string[] Tokayev = ["Kassym-Jomart Tokayev", "Tokaïev"];

    private static ScoredQuote Quote(int start, int end, QuoteKind kind, params string[] speaker) => new(new CharRange(start, end), kind, speaker);

    private static ScoredFigure Figure(int start, int end, decimal? value, string measure = "deaths", decimal? lower = null)
        => new(new CharRange(start, end), value, lower, null, measure);

    private static ScoredExclusion Ad(int start, int end) => new(new CharRange(start, end), ExclusionReason.Advertisement);

    /// <summary>Two direct quotes, two answers, one indirect; three figures; an advertisement and a widget.</summary>
    private static ScoredArticle Truth() => new("001_a.txt",
        [
            Quote(10, 50, QuoteKind.Direct, Marat),
            Quote(60, 100, QuoteKind.Direct, Tokayev),
            Quote(200, 300, QuoteKind.InterviewAnswer, Marat),
            Quote(300, 400, QuoteKind.PanelAnswer, Tokayev),
            Quote(500, 540, QuoteKind.Indirect, Tokayev),
        ],
        [Figure(110, 115, 164), Figure(120, 130, null, "troops", lower: 2500), Figure(140, 145, 8, "arrests")],
        [Ad(600, 700), new(new CharRange(800, 850), ExclusionReason.CommentWidget)]);

    private static ArticleScore ScoreOf(ScoredArticle truth, ScoredArticle draft) => DraftScorer.Score([truth], [draft]).Total;

    [Fact]
    public void A_draft_equal_to_the_truth_scores_1_everywhere()
    {
        var score = ScoreOf(Truth(), Truth());

        Ratio[] ratios =
        [
            score.Quotes.All.Recall, score.Quotes.All.Precision, score.Quotes.All.ExactRecall, score.Quotes.All.FoundWithSpeaker,
            score.Quotes.Direct.Recall, score.Quotes.Direct.Precision, score.Quotes.Direct.FoundWithSpeaker,
            score.Quotes.Answer.Recall, score.Quotes.Answer.Precision, score.Quotes.Answer.FoundWithSpeaker,
            score.Figures.Recall, score.Figures.Precision, score.Figures.FoundWithValue, score.Figures.FoundWithMeasure,
            score.Exclusions.Recall, score.Exclusions.Precision,
        ];
        Assert.All(ratios, r => Assert.Equal(1.0, r.Value));
        Assert.Equal(new QuoteTally(5, 5, 5, 5, 5, 5), score.Quotes.All);
        Assert.Equal(new QuoteTally(2, 2, 2, 2, 2, 2), score.Quotes.Direct);
        Assert.Equal(new QuoteTally(2, 2, 2, 2, 2, 2), score.Quotes.Answer);
        Assert.Equal(0, score.Figures.InAdvertisements);
        Assert.Equal(150, score.Exclusions.TrueChars);
        Assert.All(DraftTargets.Evaluate(score), t => Assert.True(t.Met, t.Target));
    }

    [Fact]
    public void A_missing_direct_quote_lowers_recall_by_one_true_quote_and_leaves_precision()
    {
        var truth = Truth();
        var draft = truth with { Quotes = truth.Quotes.Where(q => q.Span.Start != 60).ToList() };

        var score = ScoreOf(truth, draft);

        Assert.Equal(new Ratio(4, 5), score.Quotes.All.Recall);
        Assert.Equal(new Ratio(1, 2), score.Quotes.Direct.Recall);
        Assert.Equal(new Ratio(2, 2), score.Quotes.Answer.Recall);
        Assert.Equal(new Ratio(4, 4), score.Quotes.All.Precision);
        Assert.Equal(0.5, score.Quotes.Direct.Recall.Value);
        Assert.False(DraftTargets.Evaluate(score).Single(t => t.Target.StartsWith("direct quotes found >=", System.StringComparison.Ordinal)).Met);
    }

    [Fact]
    public void A_wrong_speaker_counts_as_found_but_not_found_with_the_speaker_and_an_alias_spelled_otherwise_is_right()
    {
        var truth = Truth();
        var quotes = truth.Quotes.ToList();
        quotes[0] = quotes[0] with { SpeakerNames = Tokayev };                 // Marat's quote given to Tokayev
        quotes[1] = quotes[1] with { SpeakerNames = ["TOKAIEV"] };             // a new person named as the text writes him
        quotes[2] = quotes[2] with { SpeakerNames = ["Someone Else"] };        // an answer given to a stranger

        var score = ScoreOf(truth, truth with { Quotes = quotes });

        Assert.Equal(new Ratio(5, 5), score.Quotes.All.Recall);
        Assert.Equal(new Ratio(3, 5), score.Quotes.All.FoundWithSpeaker);
        Assert.Equal(new Ratio(1, 2), score.Quotes.Direct.FoundWithSpeaker);
        Assert.Equal(new Ratio(1, 2), score.Quotes.Answer.FoundWithSpeaker);
        Assert.Equal(new Ratio(3, 5), score.Quotes.All.SpeakerOfFound);
    }

    [Fact]
    public void A_span_matches_when_it_covers_half_the_true_span_and_exact_spans_are_counted_apart()
    {
        ScoredArticle One(int start, int end) => new("001_a.txt", [Quote(start, end, QuoteKind.Direct, Marat)], [], []);
        var truth = One(10, 50);   // 40 characters

        Assert.Equal(new QuoteTally(1, 1, 1, 1, 0, 1), ScoreOf(truth, One(30, 90)).Quotes.All);   // 20 shared: half
        Assert.Equal(new QuoteTally(1, 1, 0, 0, 0, 0), ScoreOf(truth, One(31, 90)).Quotes.All);   // 19 shared: less
        Assert.Equal(new QuoteTally(1, 1, 1, 1, 1, 1), ScoreOf(truth, One(10, 50)).Quotes.All);
        Assert.Equal(new QuoteTally(1, 1, 1, 1, 0, 1), ScoreOf(truth, One(0, 500)).Quotes.All);   // covers it all
    }

    [Fact]
    public void A_drafted_figure_matches_a_true_one_it_shares_a_character_with()
    {
        // The truth marks "964 people" (0..10), the draft only "964" (0..3); a draft of "people" alone shares characters too.
        var truth = new ScoredArticle("001_a.txt", [], [Figure(0, 10, 964)], []);

        Assert.Equal(new FigureTally(1, 1, 1, 0, 1, 1, 0), ScoreOf(truth, truth with { Figures = [Figure(0, 3, 964)] }).Figures);
        Assert.Equal(new FigureTally(1, 1, 0, 0, 0, 0, 0), ScoreOf(truth, truth with { Figures = [Figure(10, 14, 964)] }).Figures);
        Assert.Equal(new FigureTally(1, 2, 1, 1, 1, 1, 0), ScoreOf(truth, truth with { Figures = [Figure(0, 3, 964), Figure(0, 10, 964)] }).Figures);
    }

    [Fact]
    public void Pairs_are_one_to_one_so_one_long_drafted_quote_finds_one_of_the_two_it_covers()
    {
        var truth = new ScoredArticle("001_a.txt", [Quote(0, 40, QuoteKind.Direct, Marat), Quote(50, 80, QuoteKind.Direct, Marat)], [], []);
        var draft = new ScoredArticle("001_a.txt", [Quote(0, 80, QuoteKind.Direct, Marat)], [], []);

        var score = ScoreOf(truth, draft);

        Assert.Equal(new Ratio(1, 2), score.Quotes.All.Recall);
        Assert.Equal(new Ratio(1, 1), score.Quotes.All.Precision);
    }

    [Fact]
    public void Precision_per_kind_follows_the_drafted_kind()
    {
        var truth = Truth();
        var quotes = truth.Quotes.ToList();
        quotes[4] = quotes[4] with { Kind = QuoteKind.Direct };                     // the indirect quote drafted as direct
        quotes.Add(Quote(900, 950, QuoteKind.Direct, Marat));                        // and a direct quote that is none

        var score = ScoreOf(truth, truth with { Quotes = quotes });

        Assert.Equal(new Ratio(3, 4), score.Quotes.Direct.Precision);
        Assert.Equal(new Ratio(5, 6), score.Quotes.All.Precision);
        Assert.Equal(new Ratio(2, 2), score.Quotes.Direct.Recall);
    }

    [Fact]
    public void A_figure_inside_an_advertisement_is_counted_and_fails_its_target_and_values_and_measures_are_compared()
    {
        var truth = Truth();
        List<ScoredFigure> figures =
        [
            Figure(110, 115, 164),                               // right
            Figure(120, 130, 2500, "troops"),                    // a value where the truth has a lower bound
            Figure(140, 145, 8, "detentions"),                   // right value, wrong measure
            Figure(650, 652, 20),                                // a number in the advertisement
            Figure(820, 822, 3),                                 // a number in the widget: wrong, not an ad
        ];

        var score = ScoreOf(truth, truth with { Figures = figures });

        Assert.Equal(new FigureTally(3, 5, 3, 3, 2, 2, 1), score.Figures);
        Assert.Equal(new Ratio(3, 5), score.Figures.Precision);
        Assert.Equal(new Ratio(2, 3), score.Figures.FoundWithValue);
        var ads = DraftTargets.Evaluate(score).Single(t => t.Target == "no drafted figure in an advertisement");
        Assert.False(ads.Met);
        Assert.Equal("1 figure", ads.Measured);
    }

    [Fact]
    public void Exclusions_are_compared_by_characters()
    {
        var truth = Truth();   // 600..700 and 800..850: 150 characters
        var draft = truth with { Exclusions = [Ad(650, 750), Ad(700, 720), new(new CharRange(0, 10), ExclusionReason.HtmlDebris)] };

        var score = ScoreOf(truth, draft);

        // Drafted: 650..750 (overlaps merged) and 0..10 = 110 characters, of which 650..700 = 50 are truly excluded.
        Assert.Equal(new ExclusionTally(150, 110, 50), score.Exclusions);
        Assert.Equal(new Ratio(50, 150), score.Exclusions.Recall);
        Assert.Equal(new Ratio(50, 110), score.Exclusions.Precision);
    }

    [Fact]
    public void A_true_article_without_a_draft_finds_nothing_and_an_extra_draft_is_listed_apart()
    {
        var score = DraftScorer.Score([Truth(), Truth() with { SeedFile = "002_b.txt" }], [Truth(), Truth() with { SeedFile = "009_z.txt" }]);

        Assert.Equal(["001_a", "002_b"], score.Articles.Select(a => a.Name));
        Assert.Equal(1, score.Articles[1].Missing);
        Assert.Equal(new Ratio(0, 5), score.Articles[1].Quotes.All.Recall);
        Assert.Equal(new Ratio(5, 10), score.Total.Quotes.All.Recall);
        Assert.Equal(new Ratio(5, 5), score.Total.Quotes.All.Precision);
        Assert.Equal(["009_z"], score.Unpaired);
    }

    [Fact]
    public void A_share_of_nothing_is_shown_as_a_dash_and_meets_its_threshold()
    {
        Assert.Null(new Ratio(0, 0).Value);
        Assert.Equal("–", new Ratio(0, 0).Percent);
        Assert.True(new Ratio(0, 0).AtLeast(0.9));
        Assert.Equal("93.1% (27/29)", new Ratio(27, 29).ToString());
        Assert.False(new Ratio(26, 29).AtLeast(0.9));
    }
}
