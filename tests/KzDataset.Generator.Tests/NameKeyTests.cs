using System;
using KzDataset.Format;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// Name keys fold diacritics, case, typography and spaces by table, so they are the same in every
/// globalization mode; this test process runs with InvariantGlobalization, where Normalize is a no-op.
/// </summary>
public sealed class NameKeyTests
{
    [Fact]
    public void This_process_runs_with_invariant_globalization()
        => Assert.True(AppContext.TryGetSwitch("System.Globalization.Invariant", out var on) && on);

    [Theory]
    [InlineData("Michaël Levystone", "michael levystone")]
    [InlineData("Tokaïev", "tokaiev")]
    [InlineData("François Hollande", "francois hollande")]
    [InlineData("Ä Ö Ü ä ö ü", "a o u a o u")]
    [InlineData("Éèêë", "eeee")]
    [InlineData("Ñandú", "nandu")]
    [InlineData("Şerban Țurcanu", "serban turcanu")]
    [InlineData("Nguyễn Thị", "nguyen thi")]
    [InlineData("Ǻngström", "angstrom")]
    [InlineData("Ёлка", "елка")]
    [InlineData("Йошкар-Ола", "иошкар-ола")]
    [InlineData("Її", "іі")]
    [InlineData("Ўзбек", "узбек")]
    [InlineData("Άλφα", "αλφα")]
    [InlineData("Mich\u0061\u0308el", "michael")]
    [InlineData("Kassym–Jomart\u00A0 Tokayev", "kassym-jomart tokayev")]
    [InlineData("  Ann   Example  ", "ann example")]
    // Letters without a canonical decomposition are their own base, as under NFD.
    [InlineData("Łódź Øresund Straße", "łodz øresund straße")]
    public void Folds_diacritics_case_typography_and_spaces(string name, string key)
        => Assert.Equal(key, NameKey.Of(name));

    [Fact]
    public void Every_stripped_letter_keeps_its_case_before_lowering()
    {
        Assert.Equal('E', Diacritics.Strip('Ë'));
        Assert.Equal('e', Diacritics.Strip('ë'));
        Assert.Equal('И', Diacritics.Strip('Й'));
        Assert.Equal('ł', Diacritics.Strip('ł'));
    }
}
