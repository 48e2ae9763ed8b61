using System.Globalization;
using System.Linq;
using KzDataset.Core.Text;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The number reader's edges, each case pinning one rule: how scales join digits and words, when "a",
/// "and" and "half" belong to a number, where a digit run ends, and every word of the vocabulary.
/// </summary>
public sealed class NumberReaderMutationTests
{
    // Values as the invariant text of each decimal, so the scale of a decimal ("3.50") is visible too.
    private static string Read(string text)
        => string.Join(" ", NumberReader.Read(text).Select(v => v.ToString(CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("5 thousand", "5000")]
    [InlineData("2 billion people", "2000000000")]
    [InlineData("16 Million", "16000000")]
    [InlineData("3 soldiers", "3")]
    [InlineData("3 4", "3 4")]
    [InlineData("7", "7")]
    public void Digits_take_a_following_scale_of_a_thousand_or_more(string text, string expected)
        => Assert.Equal(expected, Read(text));

    [Fact]
    public void Digits_do_not_take_a_following_hundred()
        => Assert.Equal("5 100", Read("5 hundred"));

    [Theory]
    [InlineData("1,000.5", "1000.5")]
    [InlineData("3.50", "3.50")]
    [InlineData("2,500.", "2500")]
    [InlineData("2,500, then", "2500")]
    [InlineData("5,x", "5")]
    [InlineData("x5y", "5")]
    [InlineData("COVID19", "19")]
    public void A_digit_run_takes_separators_only_between_digits(string text, string expected)
        => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("hundred", "100")]
    [InlineData("a hundred", "100")]
    [InlineData("a thousand", "1000")]
    [InlineData("three hundred thousand", "300000")]
    [InlineData("two thousand five hundred", "2500")]
    [InlineData("two thousand five", "2005")]
    [InlineData("one million two hundred thousand", "1200000")]
    [InlineData("twenty five", "25")]
    [InlineData("dozen", "12")]
    [InlineData("two dozen", "24")]
    [InlineData("a Dozen", "12")]
    public void Number_words_combine_by_scale(string text, string expected)
        => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("half", "")]
    [InlineData("half the troops", "")]
    [InlineData("a half", "0.5")]
    [InlineData("A half", "0.5")]
    [InlineData("a Half", "0.5")]
    [InlineData("two and a half", "2.5")]
    public void Half_is_a_number_only_after_a_number_or_a(string text, string expected)
        => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("and", "")]
    [InlineData("a", "")]
    [InlineData("a man", "")]
    [InlineData("a few and two", "2")]
    [InlineData("two soldiers and three officers", "2 3")]
    [InlineData("one hundred and five", "105")]
    public void And_and_a_join_only_the_parts_of_one_number(string text, string expected)
        => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("zero", 0)]
    [InlineData("one", 1)]
    [InlineData("two", 2)]
    [InlineData("three", 3)]
    [InlineData("four", 4)]
    [InlineData("five", 5)]
    [InlineData("six", 6)]
    [InlineData("seven", 7)]
    [InlineData("eight", 8)]
    [InlineData("nine", 9)]
    [InlineData("ten", 10)]
    [InlineData("eleven", 11)]
    [InlineData("twelve", 12)]
    [InlineData("thirteen", 13)]
    [InlineData("fourteen", 14)]
    [InlineData("fifteen", 15)]
    [InlineData("sixteen", 16)]
    [InlineData("seventeen", 17)]
    [InlineData("eighteen", 18)]
    [InlineData("nineteen", 19)]
    [InlineData("twenty", 20)]
    [InlineData("thirty", 30)]
    [InlineData("forty", 40)]
    [InlineData("fifty", 50)]
    [InlineData("sixty", 60)]
    [InlineData("seventy", 70)]
    [InlineData("eighty", 80)]
    [InlineData("ninety", 90)]
    [InlineData("hundred", 100)]
    [InlineData("thousand", 1000)]
    [InlineData("million", 1000000)]
    [InlineData("billion", 1000000000)]
    [InlineData("double", 2)]
    [InlineData("doubled", 2)]
    [InlineData("doubling", 2)]
    [InlineData("doubles", 2)]
    [InlineData("twice", 2)]
    [InlineData("triple", 3)]
    [InlineData("tripled", 3)]
    [InlineData("tripling", 3)]
    [InlineData("thrice", 3)]
    public void Every_word_of_the_vocabulary_reads_as_its_value(string word, long value)
    {
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Read(word));
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Read(word.ToUpperInvariant()));
        Assert.True(NumberWords.IsNumberWord(word));
    }

    [Theory]
    [InlineData("dozens")]
    [InlineData("hundreds")]
    [InlineData("thousands")]
    [InlineData("millions")]
    [InlineData("billions")]
    [InlineData("dozen")]
    [InlineData("half")]
    [InlineData("Half")]
    public void Vague_quantities_are_number_words_for_the_completeness_check(string word)
        => Assert.True(NumberWords.IsNumberWord(word));

    [Theory]
    [InlineData("seventeenth")]
    [InlineData("extraordinarily")]
    [InlineData("")]
    public void Other_words_are_not_number_words(string word) => Assert.False(NumberWords.IsNumberWord(word));

    [Theory]
    [InlineData("seventeen")]
    [InlineData("thousands")]
    public void The_longest_number_words_are_within_the_length_the_completeness_check_reads(string word)
    {
        Assert.True(NumberWords.IsNumberWord(word));
        Assert.Equal(NumberWords.LongestWord, word.Length);
    }

    [Theory]
    [InlineData("first")]
    [InlineData("someone")]
    [InlineData("tens")]
    [InlineData("hundredth")]
    [InlineData("")]
    public void Other_words_are_no_number_words(string word)
    {
        Assert.False(NumberWords.IsNumberWord(word));
        Assert.Null(NumberWords.Unit(word));
        Assert.Null(NumberWords.Scale(word));
        Assert.Null(NumberWords.Multiplier(word));
        Assert.False(NumberWords.IsVague(word));
    }
    [Theory]
    [InlineData("doubled 5", "2 5")]
    [InlineData("two 5", "2 5")]
    [InlineData("two per hundred", "2 100")]
    [InlineData("1.5. Then", "1.5")]
    [InlineData("two, three", "2 3")]
    [InlineData("five; six hundred", "5 600")]
    [InlineData("nine (ten)", "9 10")]
    [InlineData("5, thousand", "5 1000")]
    [InlineData("twenty-five", "25")]
    [InlineData("two hundred and fifty", "250")]
    public void A_number_ends_where_its_words_or_digits_do(string text, string expected)
        => Assert.Equal(expected, Read(text));

    /// <summary>The largest number a text can state is decimal's largest value, read; one more is no reading.</summary>
    [Fact]
    public void Digits_with_a_scale_read_up_to_decimals_largest_value()
    {
        Assert.Equal("79228162514264337593543950335", Read("79228162514264337593543950.335 thousand"));
        Assert.Equal(string.Empty, Read("79228162514264337593543950.336 thousand"));
    }

    // Horner's rule in words: "seventy-nine hundred twenty-two hundred …" builds any number, here
    // decimal.MaxValue / 1000 (13 pairs of digits), then "thousand" and "three hundred thirty-five".
    private const string LargestInWords = "seventy-nine hundred twenty-two hundred eighty-one hundred sixty-two hundred fifty-one hundred "
        + "forty-two hundred sixty-four hundred thirty-three hundred seventy-five hundred ninety-three hundred fifty-four hundred "
        + "thirty-nine hundred fifty thousand three hundred thirty-";

    [Fact]
    public void Number_words_read_up_to_decimals_largest_value()
    {
        Assert.Equal("79228162514264337593543950335", Read(LargestInWords + "five"));
        Assert.Equal(string.Empty, Read(LargestInWords + "six"));
    }

    [Fact]
    public void Number_words_beyond_decimal_are_no_reading()
        => Assert.Equal("7", Read(string.Concat(System.Linq.Enumerable.Repeat("hundred ", 30)) + "and, seven"));

    [Theory]
    [InlineData("two a three", "2 3")]
    [InlineData("a hundred", "100")]
    [InlineData("two and a half", "2.5")]
    public void A_joins_number_words_only_before_a_scale_half_or_dozen(string text, string expected)
        => Assert.Equal(expected, Read(text));
}
