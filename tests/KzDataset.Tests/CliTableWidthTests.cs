using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// The list commands on a terminal of a given width: no line wider than the terminal, every id and every date
/// whole on one line; in a pipe, tsv; with --format json, objects with camelCase fields and the sidecars' words.
/// </summary>
public sealed class CliTableWidthTests
{
    public static TheoryData<string, int> CommandsAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var command in new[] { "stats", "experts", "experts --all", "quotes", "figures", "show csm-crisis-boosted-russia-sway --no-body" })
        {
            foreach (var width in new[] { 60, 80, 120 }) data.Add(command, width);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandsAndWidths))]
    public void No_line_is_wider_than_the_terminal_and_no_id_or_date_is_broken(string command, int width)
    {
        var (exit, output, error) = CliRunner.RunAt(width, command.Split(' '));

        Assert.True(exit == 0, error);
        var lines = output.Split('\n');
        Assert.All(lines, line => Assert.True(line.TrimEnd('\r').Length <= width, $"{line.Length} > {width}: {line}"));
        foreach (var whole in WholeValues(command))
        {
            Assert.True(lines.Any(line => Cells(line).Contains(whole)), $"'{whole}' is not whole in one cell or line at width {width}:\n{output}");
        }
    }

    [Fact]
    public void A_wide_terminal_shows_every_column_and_a_narrow_one_the_ids_and_dates()
    {
        var wide = CliRunner.RunAt(250, "stats").Output;
        var narrow = CliRunner.RunAt(60, "stats").Output;

        Assert.Contains("│ Corrections │", wide);
        Assert.Contains("2022-01-10 (inferred)", wide);
        Assert.DoesNotContain("│", narrow);
        Assert.Contains("\n  Published   2022-01-10 (inferred)", narrow);
    }

    [Fact]
    public void A_table_names_the_columns_it_leaves_out()
    {
        var wide = CliRunner.RunAt(250, "stats").Output;
        var eighty = CliRunner.RunAt(80, "stats").Output;

        Assert.DoesNotContain("Not shown", wide);
        var note = string.Join(" ", eighty[eighty.IndexOf("Not shown at 80 columns:", StringComparison.Ordinal)..].Split('\n').Select(l => l.Trim()));
        var header = eighty.Split('\n').First(l => l.Contains("│ Article", StringComparison.Ordinal));
        var missing = new[] { "Outlet", "Published", "Format", "Quotes", "Figures", "Experts", "People", "Corrections" }.Where(h => !header.Contains("│ " + h + " ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(missing);
        Assert.StartsWith($"Not shown at 80 columns: {string.Join(", ", missing)}.", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_gets_a_header_line_and_tab_separated_rows()
    {
        var (exit, output, _) = CliRunner.Run("quotes", "--kind", "interview-answer");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id\tarticleId\tlocalId\tspeakerId\tkind\ttext", lines[0]);
        var expected = Quotes.All.Where(q => q.Kind == QuoteKind.InterviewAnswer).ToList();
        Assert.Equal(expected.Count + 1, lines.Length);
        Assert.DoesNotContain("│", output);
        var rows = CliRunner.Tsv(output);
        Assert.Equal(expected.Select(q => q.Id), rows.Select(r => r["id"]));
        Assert.All(rows, r => Assert.Equal("interview-answer", r["kind"]));
        // A newline inside a quote would be written \n: the text of each row is the quote's, escaped.
        Assert.Equal(expected.Select(q => q.Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)), rows.Select(r => r["text"]));
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("experts")]
    [InlineData("quotes")]
    [InlineData("figures")]
    public void Json_is_an_array_of_objects_with_camelCase_fields(string command)
    {
        var (exit, output, error) = CliRunner.Run(command, "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        var expectedCount = command switch
        {
            "stats" => Articles.All.Count,
            "experts" => Experts.All.Count,
            "quotes" => Quotes.All.Count,
            _ => Figures.All.Count,
        };
        Assert.Equal(expectedCount, json.RootElement.GetArrayLength());
        foreach (var item in json.RootElement.EnumerateArray())
        {
            Assert.All(item.EnumerateObject(), p => Assert.Matches("^[a-z][A-Za-z0-9]*$", p.Name));
        }
    }

    [Fact]
    public void Json_values_are_typed_and_vocabulary_values_are_the_sidecars_words()
    {
        using var quotes = JsonDocument.Parse(CliRunner.Run("quotes", "--format", "json").Output);
        using var figures = JsonDocument.Parse(CliRunner.Run("figures", "--format", "json").Output);
        using var people = JsonDocument.Parse(CliRunner.Run("experts", "--all", "--format", "json").Output);
        using var stats = JsonDocument.Parse(CliRunner.Run("stats", "--format", "json").Output);

        Assert.Equal(Quotes.All.Select(q => VocabularyWords.Of(q.Kind)), quotes.RootElement.EnumerateArray().Select(q => q.GetProperty("kind").GetString()));
        Assert.Contains(quotes.RootElement.EnumerateArray(), q => q.GetProperty("kind").GetString() == "interview-answer");
        var troops = figures.RootElement.EnumerateArray().Single(f => f.GetProperty("id").GetString() == Figures.ByMeasure(Measures.TroopsDeployed)[0].Id);
        Assert.Equal(Figures.ByMeasure(Measures.TroopsDeployed)[0].Value, troops.GetProperty("value").GetDecimal());
        Assert.Equal(VocabularyWords.Of(Figures.ByMeasure(Measures.TroopsDeployed)[0].Qualifier), troops.GetProperty("qualifier").GetString());
        Assert.Equal(People.All.Select(p => VocabularyWords.Of(p.Kind)), people.RootElement.EnumerateArray().Select(p => p.GetProperty("kind").GetString()));
        var csm = stats.RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetString() == Articles.CsmCrisisBoostedRussiaSway.Id);
        Assert.Equal(Articles.CsmCrisisBoostedRussiaSway.Quotes.Count, csm.GetProperty("quotes").GetInt32());
        Assert.Equal(JsonValueKind.True, csm.GetProperty("publishedInferred").ValueKind);
        Assert.Equal(VocabularyWords.Of(Articles.CsmCrisisBoostedRussiaSway.Format), csm.GetProperty("format").GetString());
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var (exit, output, error) = CliRunner.Run("stats", "--format", "xml");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("xml", error);
        Assert.DoesNotContain("   at ", error);
    }

    /// <summary>The values of one output that must each be whole in one table cell, or alone on a line.</summary>
    private static IEnumerable<string> WholeValues(string command) => command.Split(' ')[0] switch
    {
        "stats" => Articles.All.Select(a => a.Id).Concat(Articles.All.Select(a => a.Published.ToString())),
        "experts" => (command.Contains("--all", StringComparison.Ordinal) ? People.All : Experts.All.Cast<Person>()).Select(p => p.Id),
        "quotes" => Articles.All.Select(a => a.Id).Concat(Quotes.All.Select(q => q.LocalId)),
        "figures" => Articles.All.Select(a => a.Id).Concat(Figures.All.Select(f => f.LocalId)),
        _ => Articles.CsmCrisisBoostedRussiaSway.Quotes.Select(q => q.LocalId).Concat(Articles.CsmCrisisBoostedRussiaSway.Figures.Select(f => f.LocalId)),
    };

    /// <summary>A line's table cells (trimmed, a date's "~" or "(inferred)" apart), or the line itself, trimmed, and its words after a label.</summary>
    private static HashSet<string> Cells(string line)
    {
        var cells = line.Split('│').Select(c => c.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var cell in cells.ToList())
        {
            cells.Add(cell.TrimStart('~'));
            cells.Add(cell.Replace(" (inferred)", string.Empty, StringComparison.Ordinal));
            // A block's "  Published   2022-01-10 (inferred)" line.
            foreach (var word in cell.Split(' ', StringSplitOptions.RemoveEmptyEntries)) cells.Add(word);
        }
        return cells;
    }
}
