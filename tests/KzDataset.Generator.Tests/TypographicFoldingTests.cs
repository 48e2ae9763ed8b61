using KzDataset.Format;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>The documented typographic equivalence for anchors, character by character.</summary>
public sealed class TypographicFoldingTests
{
    [Theory]
    [InlineData("\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033", '"')]
    [InlineData("\u2018\u2019\u201A\u201B\u2032\u2039\u203A", '\'')]
    [InlineData("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", '-')]
    [InlineData("\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\u2004\u2005\u2006\u2008", ' ')]
    public void Every_listed_character_folds_to_its_plain_one(string characters, char plain)
    {
        foreach (var c in characters) Assert.Equal(plain, TypographicFolding.Fold(c));
        Assert.Equal(new string(plain, characters.Length), TypographicFolding.Fold(characters));
    }

    [Theory]
    [InlineData("plain \"text\" - 'here'")]
    [InlineData("")]
    [InlineData("\u00B4\u2030\u2034")] // acute accent, per mille, triple prime: not listed
    public void Other_text_is_left_as_it_is(string text)
        => Assert.Same(text, TypographicFolding.Fold(text));

    [Fact]
    public void Folding_keeps_the_length_and_the_other_characters()
        => Assert.Equal("\"Peace\" - it's near", TypographicFolding.Fold("\u201CPeace\u201D \u2013 it\u2019s\u00A0near"));
}
