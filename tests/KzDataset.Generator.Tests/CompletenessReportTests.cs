using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KzDataset.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>
/// KZ0300/KZ0301 on texts with many unannotated numbers and marks: each is reported once, and a
/// file reports at most the first 100 plus one KZ0302 summary with the total.
/// </summary>
public sealed class CompletenessReportTests
{
    // The news fixture with a paragraph of `count` unannotated numbers ("n0 n1 …" as digits) added to its body.
    private static SeedSet WithNumbers(int count, out List<int> offsets)
    {
        var original = Corpus[NewsText];
        var prefix = original + "\n\nList: ";
        var builder = new System.Text.StringBuilder(prefix);
        offsets = new List<int>();
        for (var i = 0; i < count; i++)
        {
            offsets.Add(builder.Length);
            builder.Append((1000 + i).ToString(CultureInfo.InvariantCulture)).Append(' ');
        }
        return Corpus.With(NewsText, builder.ToString());
    }

    private static int Offset(Diagnostic d) => d.Location.SourceSpan.Start;

    [Fact]
    public void KZ0302_many_numbers_give_the_first_100_and_one_summary_with_the_total()
    {
        const int count = 250;
        var outcome = GeneratorHarness.Run(WithNumbers(count, out var offsets));

        var numbers = outcome.DriverDiagnostics.Where(d => d.Id == "KZ0300").ToList();
        Assert.Equal(100, numbers.Count);
        Assert.Equal(offsets.Take(100), numbers.Select(Offset).OrderBy(o => o));
        var summary = outcome.Single("KZ0302");
        Assert.Equal(DiagnosticSeverity.Warning, summary.Severity);
        Assert.Equal(SeedSet.PathOf(NewsText), summary.Location.GetLineSpan().Path);
        Assert.Equal(offsets[100], Offset(summary));
        var message = summary.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains($"{count} numbers", message);
        Assert.Contains($"{count - 100} more", message);
    }

    [Fact]
    public void KZ0300_each_uncovered_number_is_reported_once()
    {
        const int count = 7;
        var outcome = GeneratorHarness.Run(WithNumbers(count, out var offsets));

        var numbers = outcome.DriverDiagnostics.Where(d => d.Id == "KZ0300").Select(Offset).OrderBy(o => o).ToList();
        Assert.Equal(offsets, numbers);
        Assert.Empty(outcome.DriverDiagnostics.Where(d => d.Id == "KZ0302"));
    }

    [Fact]
    public void KZ0301_each_uncovered_mark_is_reported_once()
    {
        var text = Corpus[NewsText] + "\n\nStray “ marks ” and \" here.";
        var outcome = GeneratorHarness.Run(Corpus.With(NewsText, text));

        var marks = outcome.DriverDiagnostics.Where(d => d.Id == "KZ0301").Select(Offset).OrderBy(o => o).ToList();
        var expected = Enumerable.Range(text.Length - 28, 28).Where(i => text[i] is '“' or '”' or '"').ToList();
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, marks);
    }

    [Fact]
    public void KZ0300_numbers_and_marks_share_the_cap_of_one_file()
    {
        // Two marks before 99 numbers: 101 findings, reported in text order up to 100.
        var outcome = GeneratorHarness.Run(WithNumbers(99, out var offsets).Edit(NewsText, "List: ", "List: \" \" "));

        Assert.Equal(2, outcome.DriverDiagnostics.Count(d => d.Id == "KZ0301"));
        Assert.Equal(98, outcome.DriverDiagnostics.Count(d => d.Id == "KZ0300"));
        var message = outcome.Single("KZ0302").GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("99 numbers and 2 quotation marks", message);
        Assert.Contains("1 more", message);
    }
}
