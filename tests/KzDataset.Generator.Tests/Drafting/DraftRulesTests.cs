using System.Linq;
using KzDataset.Core.Drafting;
using Xunit;
using static KzDataset.Generator.Tests.Drafting.DraftHarness;

namespace KzDataset.Generator.Tests.Drafting;

/// <summary>The rules are data: a folder's drafting.json is merged over the built-in rules.</summary>
public sealed class DraftRulesTests
{
    [Fact]
    public void A_users_lists_are_added_to_the_defaults_and_single_values_replace_them()
    {
        var user = DraftRules.Parse("""{ "language": "fr", "reportingVerbs": ["murmured"], "termMaxWords": 1 }""", "drafting.json");
        var merged = DraftRules.Default.MergedWith(user);

        Assert.Equal("fr", merged.Language);
        Assert.Equal(1, merged.TermMaxWords);
        Assert.Equal("murmured", merged.ReportingVerbs[0]);
        Assert.Contains("said", merged.ReportingVerbs);
        Assert.Equal(DraftRules.Default.Exclusions.Count, merged.Exclusions.Count);
    }

    [Fact]
    public void A_users_reporting_verb_and_exclusion_are_used_by_the_draft()
    {
        const string text = "Headline\n\n“The road is open,” murmured Ann Example.\n\nBROUGHT TO YOU BY 3 BANKS\n";
        var (before, _) = Draft(text);
        var rules = DraftRules.Default.MergedWith(DraftRules.Parse("""
            { "reportingVerbs": ["murmured"], "exclusions": [ { "pattern": "^BROUGHT TO YOU BY.*$", "reason": "advertisement" } ] }
            """, "drafting.json"));

        var (_, sidecar) = Draft(text, Context(rules));

        Assert.Equal(0, before.Counts.Exclusions);
        Assert.Equal("ann-example", Str(Assert.Single(List(sidecar, "quotes")), "speaker"));
        Assert.Equal("BROUGHT TO YOU BY 3 BANKS", Str(Assert.Single(List(sidecar, "exclude")), "exact"));
        Assert.Empty(List(sidecar, "figures"));
    }

    [Theory]
    [InlineData("""{ "reportingVerb": ["x"] }""", "unknown field 'reportingVerb'")]
    [InlineData("""{ "ignores": [ { "pattern": "(", "reason": "idiom" } ] }""", "invalid regular expression")]
    [InlineData("""{ "language": """, "invalid JSON")]
    public void A_broken_rules_file_is_an_error_that_names_it(string json, string message)
    {
        var error = Assert.Throws<DraftException>(() =>
        {
            var rules = DraftRules.Default.MergedWith(DraftRules.Parse(json, "seeds/registry/drafting.json"));
            Draft("Headline\n", Context(rules));
        });
        Assert.Contains("drafting", error.Message);
        Assert.Contains(message, error.Message);
    }
}
