using System.Collections.Generic;
using System.Linq;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Core.Text;
using KzDataset.Core.Validation;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The completeness check on one text without the generator around it: which numbers and marks it
/// reports, with which arguments and at which offsets, and where the cap of one file falls.
/// </summary>
public sealed class CompletenessCheckerTests
{
    private const string Path = "/seeds/c.txt";

    private static TextRange[] None => System.Array.Empty<TextRange>();

    private static List<DiagnosticInfo> Check(
        string text, TextRange[]? body = null, TextRange[]? figures = null, TextRange[]? quoted = null, TextRange[]? ignores = null)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var seed = SeedTextReader.Create(Path, text);
        CompletenessChecker.Check(seed, new LineIndex(text), body ?? new[] { new TextRange(0, text.Length) },
            figures ?? None, quoted ?? None, ignores ?? None, diagnostics);
        return diagnostics;
    }

    // "KZ0300@8+7 2,500.5|c.txt|1": rule, offset, length and arguments of each finding.
    private static string[] Findings(List<DiagnosticInfo> diagnostics)
        => diagnostics.Select(d => $"{d.Id}@{d.Location.Start}+{d.Location.Length} {string.Join("|", d.Arguments)}").ToArray();

    [Fact]
    public void Digits_with_separators_and_number_words_are_reported_with_their_line()
    {
        var findings = Findings(Check("He paid 2,500.5 tenge,\nthree times, in 1999, and seventeen more."));

        Assert.Equal(
            new[]
            {
                "KZ0300@8+7 2,500.5|c.txt|1",
                "KZ0300@23+5 three|c.txt|2",
                "KZ0300@39+4 1999|c.txt|2",
                "KZ0300@49+9 seventeen|c.txt|2",
            },
            findings);
    }

    [Fact]
    public void A_location_spans_lines_and_columns_of_the_number()
    {
        var diagnostic = Assert.Single(Check("ab\ncd 42 ef"));

        Assert.Equal(new SourceLocation(Path, 6, 2, 1, 3, 1, 5), diagnostic.Location);
    }

    [Fact]
    public void A_number_covered_whole_by_a_figure_or_an_ignore_is_not_reported()
    {
        const string text = "paid 2,500 and 30 and 7";

        Assert.Equal(
            new[] { "KZ0300@5+5 2,500|c.txt|1" },
            Findings(Check(text, figures: new[] { new TextRange(5, 9) }, ignores: new[] { new TextRange(15, 17), new TextRange(22, 23) })));
        Assert.Empty(Check(text, figures: new[] { new TextRange(5, 10), new TextRange(15, 17), new TextRange(22, 23) }));
    }

    [Fact]
    public void Only_body_segments_are_checked_and_a_number_stops_at_a_segment_end()
    {
        const string text = "12,34 56 78";

        Assert.Equal(
            new[] { "KZ0300@0+2 12|c.txt|1", "KZ0300@9+2 78|c.txt|1" },
            Findings(Check(text, body: new[] { new TextRange(0, 3), new TextRange(9, 11) })));
    }

    [Fact]
    public void Long_words_and_other_words_are_not_numbers()
        => Assert.Empty(Check("Seventeenth soldiers, thousandfold, someone."));

    [Fact]
    public void Quotation_marks_outside_quotes_are_reported_and_apostrophes_are_not()
    {
        var findings = Findings(Check("He said \u201Cno\u201D and \u00AByes\u00BB, it\u2019s \"x\"."));

        Assert.Equal(
            new[]
            {
                "KZ0301@8+1 \u201C|c.txt|1", "KZ0301@11+1 \u201D|c.txt|1",
                "KZ0301@17+1 \u00AB|c.txt|1", "KZ0301@21+1 \u00BB|c.txt|1",
                "KZ0301@29+1 \"|c.txt|1", "KZ0301@31+1 \"|c.txt|1",
            },
            findings);
    }

    [Fact]
    public void Marks_around_or_inside_a_quote_or_an_ignore_are_covered()
    {
        const string text = "He said \u201C no, \u201Cnever\u201D. \u201D Then \"x\" and \u201Cy\u201D.";

        // The quote spans "no, “never”" (its outer marks found around it, the inner ones inside it);
        // the ignore covers "x" and its marks by containing them.
        var diagnostics = Check(text, quoted: new[] { new TextRange(10, 21) }, ignores: new[] { new TextRange(30, 33) });

        Assert.Equal(new[] { "KZ0301@38+1 \u201C|c.txt|1", "KZ0301@40+1 \u201D|c.txt|1" }, Findings(diagnostics));
    }

    [Fact]
    public void An_ignore_covers_the_marks_right_around_it()
        => Assert.Empty(Check("a \u201Cb\u201D c", ignores: new[] { new TextRange(3, 4) }));

    [Fact]
    public void A_hundred_findings_are_reported_without_a_summary()
    {
        var text = string.Join(" ", Enumerable.Range(1, 100).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var diagnostics = Check(text);

        Assert.Equal(100, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("KZ0300", d.Id));
    }

    [Fact]
    public void Past_a_hundred_findings_one_summary_at_the_first_unreported_gives_the_totals()
    {
        // 99 numbers, then a mark (the 100th), then a mark and a number that are not reported.
        var text = string.Join(" ", Enumerable.Range(1, 99).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                   + " \" \u201C 5";
        var firstUnreported = text.IndexOf('\u201C');

        var diagnostics = Check(text);

        Assert.Equal(101, diagnostics.Count);
        Assert.Equal(99, diagnostics.Count(d => d.Id == "KZ0300"));
        Assert.Equal("KZ0301", diagnostics[99].Id);
        var summary = diagnostics[100];
        Assert.Equal("KZ0302", summary.Id);
        Assert.Equal(new SourceLocation(Path, firstUnreported, 1, 0, firstUnreported, 0, firstUnreported + 1), summary.Location);
        Assert.Equal(new[] { "c.txt", "100", "2", "100", "2" }, summary.Arguments.ToArray());
    }

    [Fact]
    public void The_summary_points_at_the_first_unreported_number()
    {
        var text = string.Join(" ", Enumerable.Range(1, 102).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var summary = Check(text).Last();

        Assert.Equal(text.IndexOf(" 101", System.StringComparison.Ordinal) + 1, summary.Location.Start);
        Assert.Equal(new[] { "c.txt", "102", "0", "100", "2" }, summary.Arguments.ToArray());
    }
    [Fact]
    public void A_mark_at_the_start_of_the_text_is_covered_by_the_quote_after_it()
        => Assert.Empty(Check("\u201Cno\u201D", quoted: new[] { new TextRange(1, 3) }));

    [Fact]
    public void A_mark_right_after_an_ignore_that_it_does_not_close_is_reported()
        => Assert.Equal(new[] { "KZ0301@3+1 \u201C|c.txt|1" }, Findings(Check("ab-\u201C", ignores: new[] { new TextRange(0, 2) })));
}
