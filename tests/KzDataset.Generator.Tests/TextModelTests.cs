using KzDataset.Core.Common;
using KzDataset.Core.Model;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>Spans of a text and the index that finds each sidecar's text.</summary>
public sealed class TextModelTests
{
    [Theory]
    [InlineData(0, 5, 4, 8, true)]
    [InlineData(0, 5, 5, 8, false)]
    [InlineData(5, 8, 0, 5, false)]
    [InlineData(0, 5, 0, 5, true)]
    [InlineData(2, 3, 0, 9, true)]
    [InlineData(0, 9, 2, 3, true)]
    [InlineData(0, 5, 6, 8, false)]
    public void Ranges_overlap_when_they_share_a_character(int start, int end, int otherStart, int otherEnd, bool expected)
    {
        Assert.Equal(expected, new TextRange(start, end).Overlaps(new TextRange(otherStart, otherEnd)));
        Assert.Equal(expected, new TextRange(otherStart, otherEnd).Overlaps(new TextRange(start, end)));
    }

    [Theory]
    [InlineData(0, 9, 2, 3, true)]
    [InlineData(0, 9, 0, 9, true)]
    [InlineData(0, 9, 8, 10, false)]
    [InlineData(1, 9, 0, 3, false)]
    public void A_range_contains_the_ranges_inside_it(int start, int end, int otherStart, int otherEnd, bool expected)
        => Assert.Equal(expected, new TextRange(start, end).Contains(new TextRange(otherStart, otherEnd)));

    private static SeedText Text(string path) => new(path, path.Substring(path.LastIndexOf('/') + 1), "001_a", "content", "", 0);

    [Fact]
    public void Texts_of_one_base_name_are_found_by_the_first_path()
    {
        var index = new SeedTextIndex(new EquatableArray<SeedText>(new[] { Text("/s/b/001_a.txt"), Text("/s/001_a.txt"), Text("/s/c/001_a.txt") }));

        Assert.Equal("/s/001_a.txt", index.Find("001_a")!.Path);
        Assert.Null(index.Find("002_b"));
    }

    [Fact]
    public void Indexes_of_the_same_texts_are_equal()
    {
        var a = new SeedTextIndex(new EquatableArray<SeedText>(new[] { Text("/s/001_a.txt") }));
        var b = new SeedTextIndex(new EquatableArray<SeedText>(new[] { Text("/s/001_a.txt") }));
        var c = new SeedTextIndex(new EquatableArray<SeedText>(new[] { Text("/s/002_a.txt") }));

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(c));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals("x"));
    }
}
