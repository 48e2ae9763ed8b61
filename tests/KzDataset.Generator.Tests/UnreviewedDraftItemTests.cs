using System.Linq;
using KzDataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>KZ0500: an entry a draft wrote ("review") is reported at its "review" until a person deletes it.</summary>
public sealed class UnreviewedDraftItemTests
{
    [Fact]
    public void KZ0500_a_quote_marked_for_review_is_a_warning_at_its_review()
    {
        var outcome = GeneratorHarness.Run(Corpus.Edit(NewsSidecar,
            "\"exact\": \"2,500 soldiers arrived\", \"cue\": \"said\" }",
            "\"exact\": \"2,500 soldiers arrived\", \"cue\": \"said\", \"review\": \"Drafted: check the speaker.\" }"));

        var d = outcome.Single("KZ0500");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(SeedSet.PathOf(NewsSidecar), d.Location.GetLineSpan().Path);
        var line = Corpus[NewsSidecar].Split('\n').ToList().FindIndex(l => l.Contains("2,500 soldiers arrived")) + 1;
        Assert.Equal(line, d.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal("Unreviewed draft item (a quote): Drafted: check the speaker. Delete its \"review\" once a person has checked it", d.GetMessage());
        // A warning only: the quote is still built.
        Assert.Contains("SoldiersArrived", string.Concat(outcome.Sources.Values));
    }

    [Fact]
    public void KZ0500_a_registry_entry_and_the_outlet_are_reported_too()
    {
        var outcome = GeneratorHarness.Run(Corpus
            .Edit(PeopleRegistry, "\"role\": \"professor\" }", "\"role\": \"professor\", \"review\": \"Drafted: a new person.\" }")
            .Edit(NewsSidecar, "\"cues\": [ { \"exact\": \"MOSCOW\" } ] }", "\"cues\": [ { \"exact\": \"MOSCOW\" } ], \"review\": \"Drafted: the outlet.\" }"));

        var reviews = outcome.DriverDiagnostics.Where(d => d.Id == "KZ0500").ToList();
        Assert.Equal(2, reviews.Count);
        Assert.Contains(reviews, d => d.Location.GetLineSpan().Path == SeedSet.PathOf(PeopleRegistry) && d.GetMessage().Contains("(a person): Drafted: a new person."));
        Assert.Contains(reviews, d => d.Location.GetLineSpan().Path == SeedSet.PathOf(NewsSidecar) && d.GetMessage().Contains("(the outlet): Drafted: the outlet."));
    }

    [Fact]
    public void KZ0500_is_gone_once_the_review_is_deleted()
        => Assert.DoesNotContain(GeneratorHarness.Run(Corpus).DriverDiagnostics, d => d.Id == "KZ0500");
}
