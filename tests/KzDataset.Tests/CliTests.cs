using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace KzDataset.Tests;

/// <summary>The kz commands on the real corpus: tables, filters, exports and clear errors for bad input.</summary>
public sealed class CliTests
{
    [Fact]
    public void Stats_lists_every_article_with_outlet_date_and_counts()
    {
        var (exit, output, error) = CliRunner.Run("stats");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var rows = CliRunner.Tsv(output);
        Assert.Equal(Articles.All.Select(a => a.Id), rows.Select(r => r["id"]));
        foreach (var article in Articles.All)
        {
            var row = rows.Single(r => r["id"] == article.Id);
            Assert.Equal(article.Outlet.Name, row["outlet"]);
            Assert.Equal(article.Published.ToString(), row["published"]);
            Assert.Equal(article.Published.Inferred ? "true" : "false", row["publishedInferred"]);
            Assert.Equal(VocabularyWords.Of(article.Format), row["format"]);
            Assert.Equal(article.Quotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), row["quotes"]);
        }
    }

    [Fact]
    public void Stats_as_a_table_has_a_row_per_article_and_the_totals()
    {
        var (exit, output, error) = CliRunner.RunAt(200, "stats");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        foreach (var article in Articles.All)
        {
            var row = output.Split('\n').Single(l => l.Contains("│ " + article.Id + " ", StringComparison.Ordinal));
            Assert.Contains(article.Outlet.Name, row);
            Assert.Contains(article.Published.ToString(), row);
            Assert.Contains(" " + article.Quotes.Count + " ", row);
            Assert.Contains(" " + VocabularyWords.Of(article.Format) + " ", row);
        }
        Assert.Contains($"│ {Articles.All.Count} articles ", output);
        Assert.Contains($" {Quotes.All.Count} │", output);
    }

    [Fact]
    public void Experts_lists_the_experts_and_all_lists_everyone()
    {
        var experts = CliRunner.Run("experts");
        var everyone = CliRunner.Run("experts", "--all");

        Assert.All(Experts.All, e => Assert.Contains(e.Name, experts.Output));
        Assert.DoesNotContain("Vladimir Putin", experts.Output);
        Assert.Contains("Vladimir Putin", everyone.Output);
    }

    [Fact]
    public void Quotes_filter_by_expert_spelled_any_way_the_corpus_spells_them()
    {
        var (exit, output, _) = CliRunner.Run("quotes", "--expert", "Jean from Gliniasty");

        Assert.Equal(0, exit);
        Assert.Equal(People.JeanDeGliniasty.Quotes.Select(q => q.Id), CliRunner.Tsv(output).Select(r => r["id"]));
    }

    [Fact]
    public void Quotes_filter_by_expert_typed_without_diacritics()
    {
        var (exit, output, error) = CliRunner.Run("quotes", "--expert", "Michael Levystone");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        var expert = People.ById("michael-levystone")!;
        Assert.NotEmpty(expert.Quotes);
        Assert.Equal(expert.Quotes.Select(q => q.Id), CliRunner.Tsv(output).Select(r => r["id"]));
    }

    [Fact]
    public void Quotes_filter_by_article_and_text()
    {
        var (exit, output, _) = CliRunner.Run("quotes", "--article", Articles.NytTokayevEmbracesRussia.Id, "--search", "SOVEREIGNTY");

        Assert.Equal(0, exit);
        var expected = Quotes.Search("sovereignty").Where(q => q.Article == Articles.NytTokayevEmbracesRussia).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(q => q.Id), CliRunner.Tsv(output).Select(r => r["id"]));
    }

    [Fact]
    public void Figures_by_measure_show_both_troop_numbers_and_their_sources()
    {
        var (exit, output, _) = CliRunner.Run("figures", "--measure", "troops-deployed");

        Assert.Equal(0, exit);
        var rows = CliRunner.Tsv(output);
        Assert.Equal(Figures.All.Where(f => f.Measure.Id == "troops-deployed").Select(f => f.Id), rows.Select(r => r["id"]));
        Assert.Contains(rows, r => r["value"] == "2500");
        Assert.Contains(rows, r => r["value"] == "3500" && r["text"] == "three and a half thousand");
    }

    [Fact]
    public void Show_prints_metadata_body_and_annotations()
    {
        var article = Articles.CsmCrisisBoostedRussiaSway;
        var (exit, output, _) = CliRunner.Run("show", article.SeedFile);

        Assert.Equal(0, exit);
        Assert.Contains(article.Sha256, output);
        Assert.Contains(article.Paragraphs[^1].Text[..40], output);
        Assert.Contains($"Quotes ({article.Quotes.Count})", output);
        Assert.DoesNotContain("leave your comment", output);
    }

    [Theory]
    [InlineData("quotes", "--expert", "Erica Marrat", "unknown person 'Erica Marrat'. Did you mean 'Erica Marat'?")]
    [InlineData("figures", "--measure", "troops-deploy", "unknown measure 'troops-deploy'. Did you mean 'troops-deployed'?")]
    [InlineData("show", "nyt-tokayev", "", "unknown article 'nyt-tokayev'. Did you mean 'nyt-tokayev-embraces-russia'?")]
    [InlineData("export", "--format", "xml", "unknown format 'xml'")]
    public void Unknown_names_get_one_clear_line_and_exit_code_1(string command, string option, string value, string message)
    {
        var args = new[] { command, option, value }.Where(a => a.Length > 0).ToList();
        if (command == "export") args.AddRange(new[] { "--out", Path.Combine(Path.GetTempPath(), "kz-never-written") });
        var (exit, output, error) = CliRunner.Run(args.ToArray());

        Assert.Equal(1, exit);
        Assert.Contains(message, error);
        Assert.DoesNotContain("   at ", error);
        Assert.Empty(output);
    }

    [Fact]
    public void Unknown_options_and_commands_fail_with_a_message()
    {
        var option = CliRunner.Run("figures", "--bogus");
        var command = CliRunner.Run("statz");

        Assert.NotEqual(0, option.ExitCode);
        Assert.Contains("--bogus", option.Error);
        Assert.NotEqual(0, command.ExitCode);
        Assert.Contains("statz", command.Error);
    }

    [Fact]
    public void Export_writes_the_json_files_with_the_documented_fields()
    {
        var directory = Path.Combine(Path.GetTempPath(), "kz-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output, _) = CliRunner.Run("export", "--format", "json", "--out", directory);
            Assert.Equal(0, exit);
            Assert.Contains("quotes.json", output);

            using var quotes = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "quotes.json")));
            Assert.Equal(Quotes.All.Count, quotes.RootElement.GetArrayLength());
            foreach (var quote in quotes.RootElement.EnumerateArray())
            {
                foreach (var field in new[] { "id", "articleId", "speakerId", "kind", "text", "start", "end" }) Assert.True(quote.TryGetProperty(field, out _), field);
                var article = Articles.ById(quote.GetProperty("articleId").GetString()!)!;
                var start = quote.GetProperty("start").GetInt32();
                var end = quote.GetProperty("end").GetInt32();
                Assert.Equal(article.RawText[start..end], quote.GetProperty("text").GetString());
            }

            using var figures = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "figures.json")));
            var figure = figures.RootElement.EnumerateArray().First();
            foreach (var field in new[] { "id", "articleId", "value", "lower", "upper", "unit", "measure", "qualifier", "subject", "text", "start", "end" })
            {
                Assert.True(figure.TryGetProperty(field, out _), field);
            }

            using var people = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "experts.json")));
            Assert.Equal(People.All.Count, people.RootElement.GetArrayLength());
            Assert.Contains(people.RootElement.EnumerateArray(), p => p.GetProperty("kind").GetString() == "leader");
            foreach (var field in new[] { "id", "name", "aliases", "affiliation", "role", "kind" }) Assert.True(people.RootElement[0].TryGetProperty(field, out _), field);

            using var articles = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "articles.json")));
            var first = articles.RootElement[0];
            foreach (var field in new[] { "id", "seedFile", "title", "outlet", "published", "format", "sha256", "body", "excluded" }) Assert.True(first.TryGetProperty(field, out _), field);
            Assert.True(first.GetProperty("published").TryGetProperty("precision", out _));
            Assert.True(first.GetProperty("published").TryGetProperty("inferred", out _));
            Assert.True(first.GetProperty("excluded")[0].TryGetProperty("reason", out _));

            using var corrections = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "corrections.json")));
            Assert.Equal(Corrections.All.Count, corrections.RootElement.GetArrayLength());
            foreach (var field in new[] { "id", "articleId", "text", "correct", "kind", "start", "end" }) Assert.True(corrections.RootElement[0].TryGetProperty(field, out _), field);
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Export_as_json_lines_writes_one_object_per_line()
    {
        var directory = Path.Combine(Path.GetTempPath(), "kz-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(0, CliRunner.Run("export", "--format", "jsonl", "--out", directory).ExitCode);
            var lines = File.ReadAllLines(Path.Combine(directory, "figures.jsonl"));
            Assert.Equal(Figures.All.Count, lines.Length);
            Assert.All(lines, l => JsonDocument.Parse(l).Dispose());
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }
}
