using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Tests.Drafting;

/// <summary><c>kz draft-score</c> on copies of the bundled seeds: the truth against itself, against a draft with a quote less, and against a draft that does not build.</summary>
public sealed class DraftScoreCliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kz-draft-score-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private string CopySeeds(string name) => SeedCopy.Make(Path.Combine(_folder, name), sidecars: true);

    [Fact]
    public void The_truth_against_itself_scores_100_percent_and_meets_every_target()
    {
        var truth = CopySeeds("truth");

        var (exit, output, error) = CliRunner.Run("draft-score", truth, truth, "--format", "markdown");

        Assert.True(exit == 0, error);
        Assert.Contains("| total | 84 | 84 | 100.0% | 100.0% |", output);
        Assert.Contains("| total | 36 | 36 | 100.0% | 100.0% |", output);
        Assert.DoesNotContain("not met", output);
        Assert.Equal(8, output.Split('\n').Count(l => l.EndsWith("| met |", StringComparison.Ordinal) && !l.StartsWith("| target", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_draft_without_one_direct_quote_finds_83_of_84_quotes()
    {
        var truth = CopySeeds("truth");
        var draft = CopySeeds("draft");
        var sidecar = Path.Combine(draft, "004_bbc49ac9c8e5d2ae.json");
        var json = JsonNode.Parse(File.ReadAllText(sidecar), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        var quotes = json["quotes"]!.AsArray();
        quotes.Remove(quotes.Single(q => (string?)q!["id"] == "kortunov-no-mature-democracies"));
        File.WriteAllText(sidecar, json.ToJsonString());

        var (exit, output, error) = CliRunner.Run("draft-score", truth, draft, "--format", "tsv");

        Assert.True(exit == 0, error);
        var rows = CliRunner.Tsv(output);
        var total = rows.Single(r => r["article"] == "total");
        Assert.Equal("84", total["quotes"]);
        Assert.Equal("83", total["draftedQuotes"]);
        Assert.Equal(Math.Round(83m / 84, 4).ToString(CultureInfo.InvariantCulture), total["quoteRecall"]);
        Assert.Equal("1", total["quotePrecision"]);
        var article = rows.Single(r => r["article"] == "004_bbc49ac9c8e5d2ae");
        Assert.Equal(Math.Round(11m / 12, 4).ToString(CultureInfo.InvariantCulture), article["quoteRecall"]);
        Assert.All(rows.Where(r => r["article"] is not "004_bbc49ac9c8e5d2ae" and not "total"), r => Assert.Equal("1", r["quoteRecall"]));
    }

    [Fact]
    public void A_draft_that_does_not_build_is_a_one_line_error()
    {
        var truth = CopySeeds("truth");
        var draft = CopySeeds("draft");
        File.WriteAllText(Path.Combine(draft, "004_bbc49ac9c8e5d2ae.json"), "{ \"id\": ");

        var (exit, output, error) = CliRunner.Run("draft-score", truth, draft);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.StartsWith("kz: the draft cannot be scored: the seeds in " + draft + " have ", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void A_missing_truth_folder_is_a_one_line_error()
    {
        var (exit, _, error) = CliRunner.Run("draft-score", Path.Combine(_folder, "none"), Path.Combine(_folder, "none"));

        Assert.Equal(1, exit);
        Assert.Equal("kz: the truth cannot be scored: no seeds folder at '" + Path.Combine(_folder, "none") + "'", error.TrimEnd());
    }
}
