using System.Linq;
using Xunit;

namespace KzDataset.Tests;

/// <summary>The public API: catalogs, lookups by any spelling, navigation both ways, lazy text.</summary>
public sealed class QueryApiTests
{
    [Theory]
    [InlineData("Tokaïev")]
    [InlineData("tokayev")]
    [InlineData("TAKAYEV")]
    [InlineData("Kassym-Jomart Kemelouly Tokaïev")]
    [InlineData("kassym-jomart-tokayev")]
    [InlineData("Kassym–Jomart Tokayev")]
    public void People_are_found_by_id_name_or_any_alias_ignoring_case_diacritics_and_typography(string spelling)
        => Assert.Same(People.KassymJomartTokayev, People.Find(spelling));

    // InvariantGlobalization is on in this test process (as in Directory.Build.props), where
    // string.Normalize does nothing: diacritic folding must not depend on it.
    [Theory]
    [InlineData("Michael Levystone", "michael-levystone")]
    [InlineData("MICHAEL levystone", "michael-levystone")]
    [InlineData("Tokaiev", "kassym-jomart-tokayev")]
    [InlineData("Kassym-Jomart Kemelouly Tokaiev", "kassym-jomart-tokayev")]
    public void People_are_found_without_diacritics_under_invariant_globalization(string spelling, string id)
    {
        Assert.True(System.AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant);
        Assert.Same(People.ById(id), People.Find(spelling));
    }

    [Fact]
    public void Unknown_names_and_ids_find_nothing()
    {
        Assert.Null(People.Find("Nobody Here"));
        Assert.Null(People.ById("Tokayev"));
        Assert.Null(Articles.ById("no-such-article"));
        Assert.Null(Experts.Find("Vladimir Putin"));
    }

    [Fact]
    public void Experts_are_people_and_the_typed_members_are_the_catalog_entries()
    {
        Assert.Same(People.EricaMarat, Experts.EricaMarat);
        Assert.IsType<Expert>(People.JeanDeGliniasty);
        Assert.All(Experts.All, e => Assert.Equal(PersonKind.Expert, e.Kind));
        Assert.Same(Articles.ById("nyt-tokayev-embraces-russia"), Articles.NytTokayevEmbracesRussia);
    }

    [Fact]
    public void Navigation_goes_both_ways()
    {
        foreach (var quote in Quotes.All)
        {
            Assert.Contains(quote, quote.Speaker.Quotes);
            Assert.Contains(quote, quote.Article.Quotes);
            Assert.Contains(quote.Article, quote.Speaker.Articles);
            Assert.Contains(quote.Speaker, quote.Article.People);
        }
        foreach (var person in People.All)
        {
            Assert.All(person.Articles, a => Assert.Contains(person, a.People));
        }
    }

    [Fact]
    public void Answers_link_to_their_turns()
    {
        var answers = Quotes.All.Where(q => q.Kind is QuoteKind.InterviewAnswer or QuoteKind.PanelAnswer).ToList();
        Assert.NotEmpty(answers);
        Assert.All(answers, q =>
        {
            Assert.NotNull(q.Turn);
            Assert.Equal(TurnRole.Answer, q.Turn!.Role);
            Assert.Same(q.Speaker, q.Turn.Speaker);
            Assert.True(q.Turn.Span.Start <= q.Span.Start && q.Span.End <= q.Turn.Span.End);
        });
    }

    [Fact]
    public void Quote_search_ignores_case_and_diacritics()
    {
        var found = Quotes.Search("SOVEREIGNTY");
        Assert.NotEmpty(found);
        Assert.All(found, q => Assert.Contains("sovereignty", q.Text, System.StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Registry_members_are_the_registry_entries_with_their_names()
    {
        Assert.Equal(new[] { "al-jazeera", "csm", "franceinfo", "lexpress", "nyt", "unidentified" }, Outlets.All.Select(o => o.Id));
        Assert.Same(Outlets.All.Single(o => o.Id == "nyt"), Outlets.Nyt);
        Assert.Equal("The New York Times", Outlets.Nyt.Name);
        Assert.Equal("troops-deployed", Measures.TroopsDeployed.Id);
        Assert.Same(Measures.All.Single(m => m.Id == "troops-deployed"), Measures.TroopsDeployed);
        Assert.Equal("soldier", Units.Soldier.Id);
        Assert.Contains(Articles.All, a => a.Outlet == Outlets.Nyt);
    }

    [Fact]
    public void Dates_know_their_precision()
    {
        var nyt = Articles.NytTokayevEmbracesRussia.Published;
        Assert.Equal(DatePrecision.Day, nyt.Precision);
        Assert.Equal(nyt.Earliest, nyt.Latest);

        // No article of the corpus is dated to the month only any more; the type is the runtime's.
        var month = new PublicationDate(2022, 1, 0, DatePrecision.Month, inferred: true, note: () => null, cues: System.Array.Empty<TextSpan>());
        Assert.Equal(new System.DateOnly(2022, 1, 1), month.Earliest);
        Assert.Equal(new System.DateOnly(2022, 1, 31), month.Latest);
        Assert.Equal("2022-01", month.ToString());
    }

    [Fact]
    public void A_text_without_a_headline_says_so_instead_of_inventing_one()
    {
        var panel = Articles.PanelRussiaGainsFromIntervention;
        Assert.Null(panel.Title);
        Assert.Null(panel.TitleSpan);
        Assert.False(string.IsNullOrWhiteSpace(panel.TitleNote));
    }
}
