using KzDataset.Core.Common;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>Slug ids and the C# identifiers made from them, at their limits.</summary>
public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("erica-marat", true)]
    [InlineData("a", true)]
    [InlineData("2022", true)]
    [InlineData("x-2022-b", true)]
    [InlineData("", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a--b", false)]
    [InlineData("A", false)]
    [InlineData("a_b", false)]
    [InlineData("a b", false)]
    [InlineData("soldier\n", false)]
    [InlineData("é", false)]
    public void A_slug_is_lowercase_letters_and_digits_with_single_inner_hyphens(string id, bool expected)
        => Assert.Equal(expected, Identifiers.IsSlug(id));

    [Fact]
    public void A_slug_has_at_most_128_characters()
    {
        Assert.True(Identifiers.IsSlug(new string('a', 128)));
        Assert.False(Identifiers.IsSlug(new string('a', 129)));
        Assert.False(Identifiers.IsSlug(new string('a', 128) + "-"));
    }

    [Theory]
    [InlineData("erica-marat", "EricaMarat")]
    [InlineData("x-2022", "X2022")]
    [InlineData("2022-x", "_2022X")]
    [InlineData("a", "A")]
    [InlineData("nyt-tokayev-embraces-russia", "NytTokayevEmbracesRussia")]
    [InlineData("a_b c", "ABC")]
    [InlineData("", "_")]
    [InlineData("-", "_")]
    public void An_id_becomes_a_pascal_case_identifier(string id, string expected)
        => Assert.Equal(expected, Identifiers.ToPascalCase(id));
}
