using System.Linq;
using KzDataset.Core.Drafting;
using Xunit;
using static KzDataset.Generator.Tests.Drafting.DraftHarness;

namespace KzDataset.Generator.Tests.Drafting;

/// <summary>Figures and ignore entries from the numbers of the text; exclusions; the date and outlet the text states.</summary>
public sealed class DrafterFigureTests
{
    [Fact]
    public void A_number_is_a_figure_with_its_value_qualifier_unit_and_measure()
    {
        var (_, sidecar) = Draft("Headline\n\nMore than 2,500 troops arrived; nearly three and a half thousand soldiers stayed.\n");

        var figures = List(sidecar, "figures");
        Assert.Equal(2, figures.Count);
        Assert.Equal(("2,500", 2500m, "more-than", "soldier", "troops-deployed"),
            (Str(figures[0], "exact"), figures[0].GetProperty("value").GetDecimal(), Str(figures[0], "qualifier"), Str(figures[0], "unit"), Str(figures[0], "measure")));
        Assert.Equal(("three and a half thousand", 3500m, "almost", "soldier"),
            (Str(figures[1], "exact"), figures[1].GetProperty("value").GetDecimal(), Str(figures[1], "qualifier"), Str(figures[1], "unit")));
    }

    [Fact]
    public void Two_numbers_joined_by_or_are_one_figure_with_bounds_but_two_years_stay_dates()
    {
        var (_, sidecar) = Draft("Headline\n\nAbout two or three soldiers stayed from 1994 to 1997.\n");

        var figure = Assert.Single(List(sidecar, "figures"));
        Assert.Equal(("two or three", 2m, 3m, "about"),
            (Str(figure, "exact"), figure.GetProperty("lower").GetDecimal(), figure.GetProperty("upper").GetDecimal(), Str(figure, "qualifier")));
        Assert.Equal(new[] { "1994", "1997" }, List(sidecar, "ignore").Select(i => Str(i, "exact")));
    }

    [Fact]
    public void A_vague_quantity_gets_the_rules_lower_bound_and_a_reading()
    {
        var (_, sidecar) = Draft("Headline\n\nThousands of soldiers arrived.\n");

        var figure = Assert.Single(List(sidecar, "figures"));
        Assert.Equal(("Thousands", 2000m, "vague"), (Str(figure, "exact"), figure.GetProperty("lower").GetDecimal(), Str(figure, "qualifier")));
        Assert.False(figure.TryGetProperty("value", out _));
        Assert.NotNull(Str(figure, "reading"));
    }

    [Fact]
    public void Dates_names_and_idioms_are_ignored_and_the_printed_date_is_the_publication_date()
    {
        var (_, sidecar) = Draft("Headline\n\nOn January 5, 2022, one of the G20 members sent 40 soldiers.\n");

        var ignores = List(sidecar, "ignore").Select(i => (Str(i, "exact"), Str(i, "reason"))).ToList();
        Assert.Equal(new (string?, string?)[] { ("5", "date"), ("2022", "date"), ("one", "idiom"), ("20", "name") }, ignores);
        Assert.Equal("40", Str(Assert.Single(List(sidecar, "figures")), "exact"));
        var published = sidecar.GetProperty("published");
        Assert.Equal(("2022-01-05", false), (Str(published, "date"), published.GetProperty("inferred").GetBoolean()));
        Assert.Equal("January 5, 2022", Str(published.GetProperty("cues")[0], "exact"));
    }

    [Fact]
    public void Without_a_stated_date_or_outlet_the_placeholders_are_marked_for_review()
    {
        var (result, sidecar) = Draft("Headline\n\nNothing dated here.\n");

        Assert.Equal("0001", Str(sidecar.GetProperty("published"), "date"));
        Assert.Contains("placeholder", Str(sidecar.GetProperty("published"), "review"));
        Assert.Equal("unknown-outlet", Str(sidecar.GetProperty("outlet"), "id"));
        Assert.Equal("unknown-outlet", Assert.Single(result.NewOutlets).Id);
    }

    [Fact]
    public void The_outlet_the_text_names_is_taken_with_its_cue()
    {
        var (result, sidecar) = Draft("Headline\n\nReported by Example News on Monday.\n");

        var outlet = sidecar.GetProperty("outlet");
        Assert.Equal(("example-news", false), (Str(outlet, "id"), outlet.GetProperty("inferred").GetBoolean()));
        Assert.Equal("Example News", Str(outlet.GetProperty("cues")[0], "exact"));
        Assert.Empty(result.NewOutlets);
    }

    [Fact]
    public void An_advertisement_is_excluded_and_its_numbers_are_never_figures()
    {
        var (_, sidecar) = Draft("Headline\n\n40 soldiers arrived.\n\nAdvertisement: 2 months for 1 €\n\nRead more: 3 reasons to travel\n\nComments are closed.\n");

        var exclusions = List(sidecar, "exclude").Select(e => (Str(e, "exact"), Str(e, "reason"))).ToList();
        Assert.Equal(new (string?, string?)[]
        {
            ("Advertisement: 2 months for 1 €", "advertisement"),
            ("Read more: 3 reasons to travel", "read-more"),
            ("Comments are closed.", "comment-widget"),
        }, exclusions);
        Assert.Equal("40", Str(Assert.Single(List(sidecar, "figures")), "exact"));
        Assert.Empty(List(sidecar, "ignore"));
    }

    [Fact]
    public void A_comment_section_is_excluded_to_the_end_of_the_text()
    {
        var (_, sidecar) = Draft("Headline\n\n40 soldiers arrived.\n\nLeave a Comment\n\nThis site filters spam. 3 people replied.\n");

        var exclusion = Assert.Single(List(sidecar, "exclude"));
        Assert.Equal(("Leave a Comment\n\nThis site filters spam. 3 people replied.", "comment-widget"), (Str(exclusion, "exact"), Str(exclusion, "reason")));
        Assert.Equal("40", Str(Assert.Single(List(sidecar, "figures")), "exact"));
    }

    [Fact]
    public void A_line_printed_again_is_excluded_as_a_duplicate()
    {
        var (_, sidecar) = Draft("The crisis boosted the alliance's reach\n\nThe crisis boosted the alliance's reach\n\nText.\n");

        var exclusion = Assert.Single(List(sidecar, "exclude"));
        Assert.Equal(("duplicate", 2), (Str(exclusion, "reason"), exclusion.GetProperty("occurrence").GetInt32()));
    }
}
