using System.Linq;
using KzDataset.Core.Common;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The array the pipeline's models hold: equal by elements (so Roslyn can cache a step whose
/// output did not change), with a hash that tells arrays apart.
/// </summary>
public sealed class EquatableArrayTests
{
    private static EquatableArray<string> Of(params string[] items) => new(items);

    [Fact]
    public void Arrays_with_the_same_elements_are_equal_whatever_the_instance()
    {
        Assert.True(Of("a", "b") == Of("a", "b"));
        Assert.True(Of("a", "b").Equals((object)Of("a", "b")));
        Assert.Equal(Of("a", "b").GetHashCode(), Of("a", "b").GetHashCode());
        Assert.True(default(EquatableArray<string>) == EquatableArray<string>.Empty);
        Assert.True(Of() == EquatableArray<string>.Empty);
        Assert.Equal(default(EquatableArray<string>).GetHashCode(), Of().GetHashCode());
    }

    [Theory]
    [InlineData("a,b", "a,c")]
    [InlineData("a,b", "b,a")]
    [InlineData("a,b", "a")]
    [InlineData("a", "a,b")]
    [InlineData("a", "")]
    public void Arrays_that_differ_in_any_element_or_length_are_not_equal(string left, string right)
    {
        var a = Of(left.Length == 0 ? new string[0] : left.Split(','));
        var b = Of(right.Length == 0 ? new string[0] : right.Split(','));

        Assert.False(a == b);
        Assert.True(a != b);
        Assert.False(a.Equals((object)b));
        Assert.False(a.Equals("a"));
    }

    [Fact]
    public void Null_elements_compare_and_hash()
    {
        Assert.True(Of("a", null!) == Of("a", null!));
        Assert.False(Of("a", null!) == Of("a", "b"));
        Assert.Equal(Of("a", null!).GetHashCode(), Of("a", null!).GetHashCode());
    }

    /// <summary>A thousand small arrays of small numbers: the hash tells every one apart.</summary>
    [Fact]
    public void The_hash_tells_arrays_apart()
    {
        var arrays = Enumerable.Range(0, 1000).Select(n => new EquatableArray<int>(new[] { n / 100, n / 10 % 10, n % 10 })).ToList();

        Assert.Equal(1000, arrays.Select(a => a.GetHashCode()).Distinct().Count());
    }

    [Fact]
    public void It_reads_as_a_list()
    {
        var array = new[] { "x", "y", "z" }.ToEquatableArray();

        Assert.Equal(3, array.Count);
        Assert.Equal("y", array[1]);
        Assert.False(array.IsEmpty);
        Assert.True(default(EquatableArray<string>).IsEmpty);
        Assert.Empty(default(EquatableArray<string>));
        Assert.Equal(new[] { "x", "y", "z" }, array);
        Assert.Equal(new object[] { "x", "y", "z" }, ((System.Collections.IEnumerable)array).Cast<object>());
    }
}
