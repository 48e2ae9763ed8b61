using System.Linq;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Core.Text;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The defects <see cref="NoWrongCodePropertyTests"/> found, each as the smallest input that showed
/// it: an id the slug check let through, a number that threw, a format character written raw, and
/// digits read as 0.
/// </summary>
public sealed class NoWrongCodeRegressionTests
{
    [Fact]
    public void An_id_with_a_trailing_newline_is_not_a_slug()
    {
        // The slug pattern ended in $, which also matches before a final "\n": "soldier\n" was accepted
        // and became a second member "Soldier" beside the unit "soldier" (CS0102), with no KZ error.
        var outcome = GeneratorHarness.Run(Corpus.Edit(UnitsRegistry, "{ \"id\": \"year\"", "{ \"id\": \"soldier\\n\", \"name\": \"twin\" }, { \"id\": \"year\""));

        Assert.Contains("is not a valid id", outcome.Single("KZ0008").GetMessage());
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
    }

    [Theory]
    [InlineData("79228162514264337593543950335 thousand")] // decimal.MaxValue times a scale word
    [InlineData("a hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred")]
    [InlineData("a dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen")]
    public void A_figure_whose_number_is_beyond_decimal_is_unreadable_not_a_generator_failure(string number)
    {
        // The reader multiplied without a bound: OverflowException, KZ9999, and the article was left out.
        var outcome = GeneratorHarness.Run(Corpus.Edit(NewsText, "2,500", number).Edit(NewsSidecar, "2,500", number));

        Assert.DoesNotContain(outcome.DriverDiagnostics, d => d.Id is "KZ9999" or "CS8785");
        Assert.Contains("No number can be read", outcome.Single("KZ0201").GetMessage());
        Assert.Contains("TinyArticle", string.Concat(outcome.Sources.Values));
    }

    [Theory]
    [InlineData("1.5.5")]
    [InlineData("100000000000000000000000000000000000000000")]
    public void Digits_that_are_no_decimal_are_no_reading_rather_than_0(string digits)
    {
        Assert.Empty(NumberReader.Read(digits + " soldiers"));

        // Read as 0, they let a figure of value 0 pass the value check.
        var outcome = GeneratorHarness.Run(Corpus.Edit(NewsText, "2,500", digits).Edit(NewsSidecar, "2,500", digits).Edit(NewsSidecar, "\"value\": 2500", "\"value\": 0"));
        outcome.Single("KZ0201");
    }

    [Fact]
    public void An_astral_format_character_in_a_doc_line_is_escaped()
    {
        // U+E0062 (a tag character) is one code point in two UTF-16 units; the encoder passed every
        // surrogate pair through raw, so this format character stood invisible in the generated code.
        var outcome = GeneratorHarness.Run(Corpus.Edit(PeopleRegistry, "\"role\": \"professor\"", "\"role\": \"pro\\uDB40\\uDC62fessor \\uD83D\\uDE00\""));
        var registry = outcome.Sources["KzDataset.Registry.g.cs"];

        Assert.True(outcome.DriverDiagnostics.IsEmpty && outcome.CompileErrors.IsEmpty, outcome.Describe());
        Assert.Contains("pro\\U000E0062fessor \U0001F600", registry, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\U000E0062", registry, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Astral_format_and_private_use_characters_are_escaped_too()
    {
        var outcome = GeneratorHarness.Run(Corpus.Edit(PeopleRegistry, "\"role\": \"professor\"", "\"role\": \"\\uDB40\\uDC01\\uDB40\\uDC7F \\uDB80\\uDC00\""));

        Assert.DoesNotContain(outcome.Sources.Values, source => source.Contains("\U000E0001", System.StringComparison.Ordinal) || source.Contains("\U000F0000", System.StringComparison.Ordinal));
        Assert.Contains("\\U000E0001\\U000E007F \\U000F0000", outcome.Sources["KzDataset.Registry.g.cs"], System.StringComparison.Ordinal);
    }
}
