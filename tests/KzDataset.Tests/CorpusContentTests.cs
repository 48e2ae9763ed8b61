using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// What the annotation of the real corpus contains. The counts are the dataset's manifest (also
/// in docs/dataset-card.md): a change to them is a change to the dataset and is reviewed as one.
/// </summary>
public sealed class CorpusContentTests
{
    [Theory]
    //          article id                                          quotes figures corrections excluded turns
    [InlineData("csm-crisis-boosted-russia-sway",                    12,    7,      18,         19,      0)]
    [InlineData("franceinfo-gliniasty-moscow-avoids-intervention",    7,    3,       4,          1,      8)]
    [InlineData("lexpress-levystone-putin-problematic",              11,    4,      10,          5,     14)]
    [InlineData("nyt-tokayev-embraces-russia",                       33,   10,      12,          1,      0)]
    [InlineData("panel-russia-gains-from-intervention",              21,   12,      12,          4,     14)]
    public void Counts_per_article(string id, int quotes, int figures, int corrections, int excluded, int turns)
    {
        var article = Articles.ById(id)!;
        Assert.Equal(quotes, article.Quotes.Count);
        Assert.Equal(figures, article.Figures.Count);
        Assert.Equal(corrections, article.Corrections.Count);
        Assert.Equal(excluded, article.Excluded.Count);
        Assert.Equal(turns, article.Turns.Count);
    }

    [Fact]
    public void Corpus_totals()
    {
        Assert.Equal(5, Articles.All.Count);
        Assert.Equal(25, People.All.Count);
        Assert.Equal(9, Experts.All.Count);
        Assert.Equal(84, Quotes.All.Count);
        Assert.Equal(36, Figures.All.Count);
        Assert.Equal(56, Corrections.All.Count);
    }

    [Theory]
    [InlineData("michael-levystone", 9, "lexpress-levystone-putin-problematic")]
    [InlineData("jean-de-gliniasty", 7, "franceinfo-gliniasty-moscow-avoids-intervention")]
    [InlineData("erica-marat", 6, "nyt-tokayev-embraces-russia")]
    [InlineData("luca-anceschi", 5, "nyt-tokayev-embraces-russia")]
    [InlineData("theresa-fallon", 5, "panel-russia-gains-from-intervention")]
    [InlineData("maxim-suchkov", 3, "panel-russia-gains-from-intervention")]
    [InlineData("cholpon-orozobekova", 1, "panel-russia-gains-from-intervention")]
    [InlineData("fyodor-lukyanov", 4, "csm-crisis-boosted-russia-sway")]
    [InlineData("andrey-kortunov", 2, "csm-crisis-boosted-russia-sway")]
    public void Each_expert_is_quoted_in_their_article(string id, int quotes, string article)
    {
        var expert = Experts.ById(id)!;
        Assert.Equal(quotes, expert.Quotes.Count);
        Assert.All(expert.Quotes, q => Assert.Equal(article, q.Article.Id));
        Assert.All(expert.Quotes, q => Assert.Same(expert, q.Speaker));
    }

    [Fact]
    public void Interview_and_panel_answers_belong_to_the_interviewees()
    {
        var answers = Quotes.All.Where(q => q.Kind is QuoteKind.InterviewAnswer or QuoteKind.PanelAnswer).ToList();
        Assert.Equal(20, answers.Count);
        Assert.All(answers, q => Assert.IsType<Expert>(q.Speaker));
        Assert.All(Articles.All.Where(a => a.Format == ArticleFormat.Interview), a =>
            Assert.All(a.Turns.Where(t => t.Role == TurnRole.Question), t => Assert.Null(t.Speaker)));
    }

    [Fact]
    public void Both_troop_figures_come_back_from_one_query_by_measure()
    {
        var troops = Figures.ByMeasure(Measures.TroopsDeployed);

        Assert.Equal(new decimal?[] { 2500m, 3500m }, troops.Select(f => f.Value).OrderBy(v => v));
        Assert.Contains(troops, f => f.Text == "2,500");
        Assert.Contains(troops, f => f.Text == "three and a half thousand");
        Assert.All(troops, f => Assert.Same(Units.Soldier, f.Unit));
    }

    [Fact]
    public void No_non_article_text_is_in_any_body()
    {
        string[] junk =
        {
            "Limited offer", "Download the app", "Logo L'Express", "Leave a Comment", "Akismet", "Chloé Morin", "Nicolas bouzou",
            "source site-29", "Comments are closed.", "Credit: in fotoline", "Read more:", "Subscribe to our website",
            "Why We Wrote This", "<p>", "</p>", "<img", "/>", "leave your comment", "NUR.KZ", "Vendors clean up",
        };
        foreach (var article in Articles.All)
        {
            Assert.All(junk, j => Assert.DoesNotContain(j, article.Body, StringComparison.Ordinal));
            foreach (var excluded in article.Excluded.Where(e => e.Reason != ExclusionReason.Duplicate && e.Text.Length >= 12))
            {
                Assert.DoesNotContain(excluded.Text, article.Body, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Duplicated_blocks_appear_once_in_the_body()
    {
        var csm = Articles.CsmCrisisBoostedRussiaSway;
        Assert.Single(Regex.Matches(csm.Body, Regex.Escape("How the crisis likely boosted Russia’s post-Soviet sway")));
        Assert.Single(Regex.Matches(csm.Body, Regex.Escape("Moscow was afraid that the state system in Kazakhstan might collapse")));
        Assert.Contains("There are no mature democracies in this vicinity", csm.Body);
    }

    [Fact]
    public void Every_alias_occurs_as_a_word_in_some_article_body()
    {
        foreach (var person in People.All)
        {
            foreach (var alias in person.Aliases)
            {
                var pattern = new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(alias) + @"(?![\p{L}\p{N}])");
                Assert.True(Articles.All.Any(a => pattern.IsMatch(a.Body)), $"{person.Id}: alias '{alias}' occurs in no body");
            }
        }
    }

    [Fact]
    public void Every_quote_speaker_is_named_in_the_article()
    {
        foreach (var quote in Quotes.All)
        {
            var names = new[] { quote.Speaker.Name }.Concat(quote.Speaker.Aliases);
            Assert.True(names.Any(n => quote.Article.Body.Contains(n, StringComparison.Ordinal)), $"{quote.Id}: {quote.Speaker.Id}");
        }
    }

    [Fact]
    public void Figure_values_are_consistent_with_their_qualifiers()
    {
        foreach (var figure in Figures.All)
        {
            if (figure.Qualifier == FigureQualifier.Range) Assert.True(figure.Lower is not null && figure.Upper is not null, figure.Id);
            if (figure.Qualifier == FigureQualifier.Vague)
            {
                Assert.True(figure.Lower is not null, figure.Id);
                Assert.False(string.IsNullOrWhiteSpace(figure.Reading), figure.Id);
            }
            if (figure.Value is null) Assert.True(figure.Lower is not null || figure.Upper is not null, figure.Id);
        }
    }

    [Fact]
    public void Mistranslated_and_misspelled_names_are_corrected_beside_the_original()
    {
        var corrections = Corrections.All.Select(c => c.Text + "→" + c.Correct).ToHashSet();
        Assert.Contains("Jean from Gliniasty→Jean de Gliniasty", corrections);
        Assert.Contains(Corrections.All, c => c.Text == "Takayev" && c.Kind == CorrectionKind.MisspelledName);
        Assert.Contains("Jean from Gliniasty", Articles.FranceinfoGliniastyMoscowAvoidsIntervention.RawText);
    }

    [Fact]
    public void Every_article_states_its_outlet_date_and_language_with_their_evidence()
    {
        foreach (var article in Articles.All)
        {
            Assert.True(article.OutletInferred ? !string.IsNullOrWhiteSpace(article.OutletNote) : article.OutletCues.Count > 0, article.Id);
            Assert.True(!article.Published.Inferred || !string.IsNullOrWhiteSpace(article.Published.Note), article.Id);
            Assert.Matches("^(en|fr)$", article.Language);
        }
    }
}
