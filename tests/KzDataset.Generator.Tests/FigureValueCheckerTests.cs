using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Core.Validation;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The figure cross-check on its own: its verdict, the rule it reports, where, and every argument of the
/// message (the generator tests see only parts of the message).
/// </summary>
public sealed class FigureValueCheckerTests
{
    private static readonly SourceLocation AnchorAt = new("/seeds/a.json", 10, 5, 2, 3, 2, 8);
    private static readonly SourceLocation ValueAt = new("/seeds/a.json", 40, 4, 3, 12, 3, 16);

    private static RawFigure Figure(decimal? value = null, decimal? lower = null, decimal? upper = null)
    {
        var nowhere = SourceLocation.FileStart("/seeds/a.json");
        return new RawFigure(
            new RawReference("troops", nowhere),
            new RawAnchor("x", null, null, null, null, null, AnchorAt),
            value, lower, upper, ValueAt,
            new RawReference("people", nowhere), new RawReference("count", nowhere),
            FigureQualifier.Exact, "soldiers", null, null, null, null);
    }

    private static (bool Ok, List<DiagnosticInfo> Diagnostics) Check(RawFigure figure, string span)
    {
        var diagnostics = new List<DiagnosticInfo>();
        return (FigureValueChecker.Check(figure, span, diagnostics), diagnostics);
    }

    [Fact]
    public void A_value_its_text_states_passes_silently()
    {
        var (ok, diagnostics) = Check(Figure(value: 2500), "2,500 soldiers");

        Assert.True(ok);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Bounds_both_stated_pass_silently()
    {
        var (ok, diagnostics) = Check(Figure(lower: 2, upper: 3), "two or three departments");

        Assert.True(ok);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_span_with_no_number_is_KZ0201_at_the_anchor_with_the_span_and_the_figure()
    {
        var (ok, diagnostics) = Check(Figure(value: 30), "years of peace");

        Assert.False(ok);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("KZ0201", diagnostic.Id);
        Assert.Equal(AnchorAt, diagnostic.Location);
        Assert.Equal(new[] { "years of peace", "troops" }, diagnostic.Arguments.ToArray());
        Assert.Equal(
            "No number can be read from \"years of peace\" (figure 'troops'); anchor the number itself, or add \"reading\" with the reason (a vague \"dozens\" read as at least 24, say)",
            diagnostic.Message);
    }

    [Fact]
    public void A_value_the_text_does_not_state_is_KZ0200_at_the_value_with_every_number_read()
    {
        var (ok, diagnostics) = Check(Figure(value: 2000), "2,500 soldiers and 16 million people");

        Assert.False(ok);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("KZ0200", diagnostic.Id);
        Assert.Equal(ValueAt, diagnostic.Location);
        Assert.Equal(
            "Figure 'troops' gives value 2000, but its text \"2,500 soldiers and 16 million people\" reads 2500, 16000000; fix the value, or add \"reading\" with the reason for a deliberate reading",
            diagnostic.Message);
    }

    [Fact]
    public void Numbers_in_the_message_are_plain_invariant_decimals_without_trailing_zeros()
    {
        // 2.50 and 3.50 keep their scale as decimals; the message must not show it.
        var (_, diagnostics) = Check(Figure(value: 2.50m), "3.50 percent");

        Assert.Equal(new[] { "troops", "value 2.5", "3.50 percent", "3.5" }, Assert.Single(diagnostics).Arguments.ToArray());
    }

    [Fact]
    public void A_missing_upper_bound_fails_even_when_the_lower_one_is_read_and_both_are_named()
    {
        var (ok, diagnostics) = Check(Figure(lower: 2, upper: 9), "two or three departments");

        Assert.False(ok);
        Assert.Equal(new[] { "troops", "lower 2 and upper 9", "two or three departments", "2, 3" },
            Assert.Single(diagnostics).Arguments.ToArray());
    }

    [Fact]
    public void A_lone_lower_bound_is_named_alone()
    {
        var (ok, diagnostics) = Check(Figure(lower: 5), "two or three");

        Assert.False(ok);
        Assert.Equal("lower 5", Assert.Single(diagnostics).Arguments[1]);
    }

    [Fact]
    public void A_lone_upper_bound_is_named_alone()
    {
        var (ok, diagnostics) = Check(Figure(upper: 5), "two or three");

        Assert.False(ok);
        Assert.Equal("upper 5", Assert.Single(diagnostics).Arguments[1]);
    }

    [Fact]
    public void A_long_span_is_shortened_in_both_messages()
    {
        var span = "about " + new string('x', 150) + " 7 soldiers";
        var shortened = span.Substring(0, 70) + " … " + span.Substring(span.Length - 40);

        var (_, mismatch) = Check(Figure(value: 8), span);
        var (_, unreadable) = Check(Figure(value: 8), span.Replace(" 7", string.Empty));

        Assert.Equal(shortened, Assert.Single(mismatch).Arguments[2]);
        var noNumber = span.Replace(" 7", string.Empty);
        Assert.Equal(noNumber.Substring(0, 70) + " … " + noNumber.Substring(noNumber.Length - 40), Assert.Single(unreadable).Arguments[0]);
    }
}
