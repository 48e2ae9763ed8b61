using System.Linq;
using KzDataset.Core.Drafting;
using Xunit;
using static KzDataset.Generator.Tests.Drafting.DraftHarness;

namespace KzDataset.Generator.Tests.Drafting;

/// <summary>Quotes from quotation marks, their speakers from the cue, and what the draft does with marks that quote no one.</summary>
public sealed class DrafterQuoteTests
{
    [Fact]
    public void A_quotation_with_a_reporting_verb_and_a_registry_name_is_a_direct_quote_of_that_person()
    {
        var (_, sidecar) = Draft("Headline\n\n“Peace is near,” said Ann Example, a professor.\n");

        var quote = Assert.Single(List(sidecar, "quotes"));
        Assert.Equal("Peace is near,", Str(quote, "exact"));
        Assert.Equal("ann-example", Str(quote, "speaker"));
        Assert.Equal("direct", Str(quote, "kind"));
        Assert.Equal("said", Str(quote, "cue"));
        Assert.StartsWith("Drafted:", Str(quote, "review"));
    }

    [Fact]
    public void Both_parts_of_a_split_quotation_have_the_speaker_named_between_them()
    {
        var (_, sidecar) = Draft("Headline\n\nAnn Example arrived on foot.\n\n\"We are ready,\" she said, \"and the road is open.\"\n");

        var quotes = List(sidecar, "quotes");
        Assert.Equal(new[] { "We are ready,", "and the road is open." }, quotes.Select(q => Str(q, "exact")));
        Assert.All(quotes, q => Assert.Equal("ann-example", Str(q, "speaker")));
    }

    [Fact]
    public void Guillemets_pair_as_quotation_marks()
    {
        var (_, sidecar) = Draft("Headline\n\n«The talks are over», said Ann Example.\n");

        var quote = Assert.Single(List(sidecar, "quotes"));
        Assert.Equal("The talks are over", Str(quote, "exact"));
        Assert.Equal("ann-example", Str(quote, "speaker"));
    }

    [Fact]
    public void A_pronoun_refers_back_to_the_last_person_named()
    {
        var (_, sidecar) = Draft("Headline\n\nAnn Example spoke at the meeting on the border.\n\n“The crisis is not over yet,” she warned.\n");

        var quote = Assert.Single(List(sidecar, "quotes"));
        Assert.Equal("ann-example", Str(quote, "speaker"));
        Assert.Equal("warned", Str(quote, "cue"));
    }

    [Fact]
    public void A_speaker_the_registry_lacks_is_proposed_with_the_name_as_written()
    {
        var context = Context();
        var (result, sidecar) = Draft("Headline\n\n“The border stays closed,” said John Q. Smith, a minister.\n\n“It will open,” Smith added.\n", context);

        var person = Assert.Single(result.NewPeople);
        Assert.Equal(("john-q-smith", "John Q. Smith"), (person.Id, person.Name));
        Assert.Equal(2, List(sidecar, "quotes").Count);
        Assert.All(List(sidecar, "quotes"), q => Assert.Equal("john-q-smith", Str(q, "speaker")));
        // Proposed once for the folder: the next text that names him reuses the entry.
        var (again, next) = Draft("Other\n\n“Still closed,” said John Q. Smith.\n", context);
        Assert.Empty(again.NewPeople);
        Assert.Equal("john-q-smith", Str(Assert.Single(List(next, "quotes")), "speaker"));
        // A surname alone links only to a person the same text names in full (the build wants the speaker
        // named as written); elsewhere it is a name to propose as written, the title dropped.
        var (third, last) = Draft("Third\n\n“Closed again,” said Dr Smith.\n", context);
        Assert.Equal(("smith", "Smith"), (third.NewPeople.Single().Id, third.NewPeople.Single().Name));
        Assert.Equal("smith", Str(Assert.Single(List(last, "quotes")), "speaker"));
        Assert.Equal(2, context.ProposedPeople.Count);
    }

    [Fact]
    public void A_speaker_cued_by_a_title_and_surname_is_proposed_under_the_fullest_name_the_text_writes()
    {
        const string text = "Headline\n\nBut Piet van Berk, a minister, arrived on Monday.\n\n“The border stays closed,” Mr. Berk said.\n\n“It will open,” Berk added, but gave no date.\n";
        // "But" opens the sentence and is written lowercase elsewhere: no part of the name.
        var (result, sidecar) = Draft(text);

        var person = Assert.Single(result.NewPeople);
        Assert.Equal(("piet-van-berk", "Piet van Berk"), (person.Id, person.Name));
        Assert.Equal(new[] { "Berk" }, person.Aliases);
        Assert.Equal(2, List(sidecar, "quotes").Count);
        Assert.All(List(sidecar, "quotes"), q => Assert.Equal("piet-van-berk", Str(q, "speaker")));
        // The entry and the sidecar build: the speaker is named in the text by the name or its alias.
        var outcome = Build(text, result);
        Assert.True(outcome.DriverDiagnostics.All(d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Error), outcome.Describe());
        Assert.DoesNotContain(outcome.Kz, d => d.Id != "KZ0500");
    }

    [Fact]
    public void A_short_quotation_without_a_cue_is_a_term_and_an_unpaired_mark_is_ignored_as_stray()
    {
        var (_, sidecar) = Draft("Headline\n\nThe so-called “peacekeeping” force left. A lone ” mark stays.\n");

        Assert.Empty(List(sidecar, "quotes"));
        var term = Assert.Single(List(sidecar, "terms"));
        Assert.Equal(("peacekeeping", "scare-quote"), (Str(term, "exact"), Str(term, "kind")));
        var stray = Assert.Single(List(sidecar, "ignore"));
        Assert.Equal(("”", "stray-mark"), (Str(stray, "exact"), Str(stray, "reason")));
    }

    [Fact]
    public void Interview_labels_become_question_and_answer_turns()
    {
        var (_, sidecar) = Draft("Headline\n\nQuestion: Will the troops stay?\n\nAnn Example: They will leave soon.\n\nThey have done their job.\n");

        var turns = List(sidecar, "turns");
        Assert.Equal(new[] { "question", "answer" }, turns.Select(t => Str(t, "role")));
        Assert.Equal("Will the troops stay?", Str(turns[0], "exact"));
        Assert.Equal("They will leave soon.\n\nThey have done their job.", Str(turns[1], "exact"));
        Assert.Equal("ann-example", Str(turns[1], "speaker"));
        Assert.Equal("interview", sidecar.GetProperty("format").GetString());
    }
}
