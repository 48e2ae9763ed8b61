using System.Linq;
using KzDataset.Core.Drafting;
using Microsoft.CodeAnalysis;
using Xunit;
using static KzDataset.Generator.Tests.Drafting.DraftHarness;

namespace KzDataset.Generator.Tests.Drafting;

/// <summary>A draft builds: no error, one KZ0500 per item it wrote, and every number and mark covered.</summary>
public sealed class DraftBuildsTests
{
    private const string Text = """
        Border talks: “We will not give in”

        MOSCOW – Nearly 2,500 soldiers arrived on January 7, 2022, reported Example News. “The border stays open,” said Ann Example, a professor. “It is calm,” she added, “for now.”

        One of the ministers, John Smith, said that the troops would leave within two years. “It will take time,” Smith told reporters.

        Question: How many soldiers came?

        Ann Example: Thousands came, and 40 left. The “peacekeeping” label is wrong.

        Advertisement: 2 months for 1 €

        Comments are closed.
        """;

    [Fact]
    public void The_draft_builds_with_one_KZ0500_per_item_and_nothing_left_unannotated()
    {
        var (result, sidecar) = Draft(Text);
        var outcome = Build(Text, result);

        Assert.True(outcome.DriverDiagnostics.All(d => d.Severity != DiagnosticSeverity.Error), outcome.Describe());
        var ids = outcome.Kz.Select(d => d.Id).Distinct().ToList();
        Assert.Equal(new[] { "KZ0500" }, ids);
        Assert.Equal(result.ItemsToReview, outcome.Kz.Count);
        Assert.True(result.Counts.Quotes >= 4 && result.Counts.Figures >= 3 && result.Counts.Turns == 2, result.SidecarJson);
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
        Assert.Equal("2022-01-07", sidecar.GetProperty("published").GetProperty("date").GetString());
    }

    [Fact]
    public void The_placeholders_build_too()
    {
        const string text = "Headline\n\nNo outlet, no date, and 12 soldiers.\n";
        var (result, _) = Draft(text);
        var outcome = Build(text, result);

        Assert.True(outcome.DriverDiagnostics.All(d => d.Severity != DiagnosticSeverity.Error), outcome.Describe());
        Assert.Equal(result.ItemsToReview, outcome.Kz.Count(d => d.Id == "KZ0500"));
    }
}
