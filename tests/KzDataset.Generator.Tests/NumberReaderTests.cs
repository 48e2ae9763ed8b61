using System.Globalization;
using CsCheck;
using KzDataset.Core.Text;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>The figure cross-check reads the numbers a span states.</summary>
public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("2,500", 2500)]
    [InlineData("4,750-mile", 4750)]
    [InlineData("6,000", 6000)]
    [InlineData("20%", 20)]
    [InlineData("20 percent", 20)]
    [InlineData("16 million", 16_000_000)]
    [InlineData("3.5", 3.5)]
    [InlineData("three and a half thousand", 3500)]
    [InlineData("thirty years", 30)]
    [InlineData("Thirty", 30)]
    [InlineData("six-member", 6)]
    [InlineData("twenty-five", 25)]
    [InlineData("two hundred", 200)]
    [InlineData("a dozen", 12)]
    [InlineData("doubling", 2)]
    [InlineData("doubled", 2)]
    [InlineData("twice", 2)]
    [InlineData("eight years", 8)]
    public void Reads_the_number_a_passage_states(string text, double expected)
        => Assert.Equal(new[] { (decimal)expected }, NumberReader.Read(text));

    [Fact]
    public void Reads_both_ends_of_a_range()
        => Assert.Equal(new[] { 2m, 3m }, NumberReader.Read("almost two or three French departments"));

    [Theory]
    [InlineData("dozens")]
    [InlineData("thousands more")]
    [InlineData("several weeks")]
    [InlineData("soldiers arrived")]
    public void Vague_or_absent_quantities_read_as_nothing(string text) => Assert.Empty(NumberReader.Read(text));

    [Fact]
    public void Any_whole_number_written_with_separators_reads_back()
        => Gen.Long[0, 999_999_999_999].Sample(n =>
            Assert.Equal(new[] { (decimal)n }, NumberReader.Read(n.ToString("N0", CultureInfo.InvariantCulture) + " people")));

    [Fact]
    public void Number_words_are_what_the_completeness_check_looks_for()
    {
        Assert.True(NumberWords.IsNumberWord("three"));
        Assert.True(NumberWords.IsNumberWord("Doubling"));
        Assert.True(NumberWords.IsNumberWord("dozens"));
        Assert.False(NumberWords.IsNumberWord("first"));
        Assert.False(NumberWords.IsNumberWord("someone"));
    }
}
