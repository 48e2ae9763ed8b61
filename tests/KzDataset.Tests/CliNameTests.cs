using System;
using System.Linq;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// Names on the command line as the data spells them: the sidecars' kebab-case words, ids in any case, a
/// surname only one person has; a miss is one short line with the closest names and exit code 1.
/// </summary>
public sealed class CliNameTests
{
    [Theory]
    [InlineData("interview-answer")]
    [InlineData("InterviewAnswer")]
    [InlineData("INTERVIEW-ANSWER")]
    public void Quote_kinds_are_taken_as_the_sidecars_spell_them(string kind)
    {
        var (exit, output, error) = CliRunner.Run("quotes", "--kind", kind);

        Assert.True(exit == 0, error);
        var expected = Quotes.All.Where(q => q.Kind == QuoteKind.InterviewAnswer).Select(q => q.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, CliRunner.Tsv(output).Select(r => r["id"]));
    }

    [Fact]
    public void Show_prints_the_sidecars_words()
    {
        var article = Articles.All.First(a => a.Processing.HasFlag(TextProcessing.MachineTranslated));
        var (exit, output, _) = CliRunner.RunAt(200, "show", article.Id, "--no-body");

        Assert.Equal(0, exit);
        Assert.Contains("machine-translated", output);
        Assert.DoesNotContain("MachineTranslated", output);
        Assert.Contains(" " + VocabularyWords.Of(article.Format) + " ", output);
        Assert.DoesNotContain(" " + article.Format + " ", output);
        Assert.All(article.Quotes, q => Assert.Contains(" " + VocabularyWords.Of(q.Kind) + " ", output));
    }

    [Fact]
    public void Article_ids_are_found_in_any_case()
    {
        var (exit, output, error) = CliRunner.Run("quotes", "--article", "NYT-Tokayev-Embraces-Russia");

        Assert.True(exit == 0, error);
        Assert.Equal(Articles.NytTokayevEmbracesRussia.Quotes.Select(q => q.Id), CliRunner.Tsv(output).Select(r => r["id"]));
    }

    [Theory]
    [InlineData("marat")]
    [InlineData("MARAT")]
    public void A_surname_only_one_person_has_finds_them(string surname)
    {
        var (exit, output, error) = CliRunner.Run("quotes", "--expert", surname);

        Assert.True(exit == 0, error);
        Assert.Equal(Experts.EricaMarat.Quotes.Select(q => q.Id), CliRunner.Tsv(output).Select(r => r["id"]));
    }

    [Theory]
    [InlineData(new[] { "quotes", "--expert", "marrat" }, "kz: unknown person 'marrat'. Did you mean 'Erica Marat'?")]
    [InlineData(new[] { "quotes", "--kind", "interview" }, "kz: unknown quote kind 'interview'. Did you mean 'interview-answer'?")]
    [InlineData(new[] { "quotes", "--kind", "drect" }, "kz: unknown quote kind 'drect'. Did you mean 'direct'?")]
    [InlineData(new[] { "quotes", "--article", "nyt-tokayev-embrace-russia" }, "kz: unknown article 'nyt-tokayev-embrace-russia'. Did you mean 'nyt-tokayev-embraces-russia'?")]
    [InlineData(new[] { "figures", "--measure", "troops-deploy" }, "kz: unknown measure 'troops-deploy'. Did you mean 'troops-deployed'?")]
    public void A_miss_is_one_short_line_with_the_closest_name(string[] args, string message)
    {
        var (exit, output, error) = CliRunner.Run(args);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal(message, error.TrimEnd('\n', '\r'));
    }

    [Fact]
    public void A_name_near_nothing_gets_a_pointer_not_a_list()
    {
        var (exit, _, error) = CliRunner.Run("quotes", "--expert", "zzzzzzzzzz");

        Assert.Equal(1, exit);
        Assert.Equal("kz: unknown person 'zzzzzzzzzz'; 'kz experts --all' lists everyone", error.TrimEnd('\n', '\r'));
    }

    [Fact]
    public void Suggestions_are_at_most_three()
    {
        // "Ma" is near many short names and surnames; the line stays short.
        var (exit, _, error) = CliRunner.Run("quotes", "--expert", "Ma");

        Assert.Equal(1, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.InRange(line.Count(c => c == '\''), 2, 2 + (3 * 2));
        Assert.True(line.Length < 120, line);
    }
}
