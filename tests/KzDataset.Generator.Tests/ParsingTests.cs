using System.Linq;
using CsCheck;
using KzDataset.Core.Json;
using KzDataset.Core.Parsing;
using KzDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>Sidecar parsing: positions in characters (not bytes), dates, and no exception on any input.</summary>
public sealed class ParsingTests
{
    [Fact]
    public void Json_values_carry_character_offsets_even_after_non_ascii_text()
    {
        const string text = "{ \"a\": \"Michaël “Levystone”\", \"b\": 42 }";
        var tree = (JsonObject)JsonTreeReader.Read(text, new Utf8OffsetMap(text)).Root!;

        var b = tree.Properties.Single(p => p.Name == "b");
        Assert.Equal(text.IndexOf("42", System.StringComparison.Ordinal), b.Value.Start);
        Assert.Equal(text.IndexOf("\"b\"", System.StringComparison.Ordinal), b.NameStart);
    }

    [Fact]
    public void Syntax_errors_report_the_character_column_on_lines_with_multibyte_text()
    {
        const string text = "{\n  \"a\": \"ééé\" \"b\": 1\n}";
        var result = JsonTreeReader.Read(text, new Utf8OffsetMap(text));

        Assert.Null(result.Root);
        Assert.Equal(text.IndexOf("\"b\"", System.StringComparison.Ordinal), result.ErrorOffset);
    }

    [Theory]
    [InlineData("2022-01-07", DatePrecision.Day)]
    [InlineData("2022-01", DatePrecision.Month)]
    [InlineData("2022", DatePrecision.Year)]
    public void Dates_are_read_to_their_written_precision(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        Assert.Null(date.Error);
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("2022-13")]
    [InlineData("2021-02-29")]
    [InlineData("7 Jan 2022")]
    [InlineData("2022-1-7")]
    public void Impossible_or_misformatted_dates_are_errors(string text) => Assert.NotNull(PartialDate.Parse(text).Error);

    [Fact]
    public void No_edit_of_a_valid_sidecar_makes_the_generator_throw()
    {
        var sidecar = Fixtures.Corpus[Fixtures.NewsSidecar];
        Gen.Select(Gen.Int[0, sidecar.Length - 1], Gen.Int[0, 8], Gen.Char["{}[]\":,\\ 0a-é“\n"]).Sample((at, cut, insert) =>
        {
            var broken = sidecar.Substring(0, at) + insert + sidecar.Substring(System.Math.Min(sidecar.Length, at + cut));
            var outcome = GeneratorHarness.Run(Fixtures.Corpus.With(Fixtures.NewsSidecar, broken));

            Assert.DoesNotContain(outcome.DriverDiagnostics, d => d.Id is "CS8785" or "KZ9999");
            Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
        }, iter: 60);
    }

    [Fact]
    public void A_failing_step_becomes_a_located_KZ9999_instead_of_an_exception()
    {
        var value = StepGuard.Run<string>("/seeds/x.json", () => throw new System.InvalidOperationException("boom"), d => d.Id + " " + d.Location.Path + " " + d.Arguments[1]);

        Assert.Equal("KZ9999 /seeds/x.json InvalidOperationException: boom", value);
    }
}
