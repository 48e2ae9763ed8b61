using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// kz draft on a folder a user started with kz init: the bundled five's plain texts in place of the
/// example are drafted, and kz check then finds no error and exactly one KZ0500 per drafted item.
/// </summary>
public sealed class DraftCliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kz-draft-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private string Seeds => Path.Combine(_folder, "seeds");

    /// <summary>kz init, then the bundled texts (without their sidecars) instead of the example article.</summary>
    private string[] InitWithBundledTexts()
    {
        var (exit, _, error) = CliRunner.Run("init", Seeds);
        Assert.True(exit == 0, error);
        File.Delete(Path.Combine(Seeds, "001_example.txt"));
        File.Delete(Path.Combine(Seeds, "001_example.json"));
        var texts = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        foreach (var text in texts) File.Copy(text, Path.Combine(Seeds, Path.GetFileName(text)));
        return texts;
    }

    private static int Count(string summary, string what)
        => int.Parse(Regex.Match(summary, @"(\d+) " + what).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Drafted_texts_check_with_no_error_and_one_KZ0500_per_drafted_item()
    {
        var texts = InitWithBundledTexts();
        var people = File.ReadAllText(Path.Combine(Seeds, "registry", "people.json"));

        var (exit, output, error) = CliRunner.Run("draft", Seeds);

        Assert.True(exit == 0, error);
        var summary = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(texts.Length, Count(summary, "texts drafted"));
        Assert.All(texts, t => Assert.True(File.Exists(Path.Combine(Seeds, Path.GetFileNameWithoutExtension(t) + ".json"))));
        // The registry is only added to: Jane Doe's entry is there as it was written.
        var registry = File.ReadAllText(Path.Combine(Seeds, "registry", "people.json"));
        Assert.StartsWith(people[..people.LastIndexOf(']')].TrimEnd(), registry);
        Assert.True(Count(summary, "new people") > 0, summary);

        var (checkExit, check, checkError) = CliRunner.Run("check", Seeds);
        Assert.True(checkExit == 0, check + checkError);
        var diagnostics = check.Split('\n').Where(l => l.Contains(": warning KZ", StringComparison.Ordinal) || l.Contains(": error KZ", StringComparison.Ordinal)).ToList();
        Assert.All(diagnostics, d => Assert.Contains("warning KZ0500", d));
        Assert.Equal(Count(summary, "items to review"), diagnostics.Count);
        Assert.Contains("0 errors", check);
    }

    [Fact]
    public void Drafted_sidecars_and_registry_entries_follow_the_JSON_Schemas()
    {
        InitWithBundledTexts();
        Assert.Equal(0, CliRunner.Run("draft", Seeds).ExitCode);

        foreach (var sidecar in Directory.GetFiles(Seeds, "*.json"))
        {
            var results = SchemaTests.Evaluate("article.schema.json", File.ReadAllText(sidecar));
            Assert.True(results.IsValid, sidecar + "\n" + SchemaTests.Describe(results));
        }
        foreach (var registry in new[] { "people", "outlets" })
        {
            var results = SchemaTests.Evaluate(registry + ".schema.json", File.ReadAllText(Path.Combine(Seeds, "registry", registry + ".json")));
            Assert.True(results.IsValid, registry + "\n" + SchemaTests.Describe(results));
        }
    }

    [Fact]
    public void A_sidecar_a_person_wrote_is_never_overwritten_and_update_only_adds()
    {
        InitWithBundledTexts();
        var first = Path.Combine(Seeds, "001_42473e2daf22c87f.json");
        var (exit, _, error) = CliRunner.Run("draft", Path.Combine(Seeds, "001_42473e2daf22c87f.txt"));
        Assert.True(exit == 0, error);
        Assert.Single(Directory.GetFiles(Seeds, "*.json"));

        // A person keeps the exclusions only, and checks them.
        var sidecar = JsonDocument.Parse(File.ReadAllText(first)).RootElement;
        var kept = File.ReadAllText(first);
        foreach (var list in new[] { "turns", "quotes", "figures", "terms", "ignore" })
        {
            kept = Regex.Replace(kept, ",\\n  \"" + list + "\": \\[\\n(.*\\n)*?  \\]", string.Empty);
        }
        File.WriteAllText(first, kept);
        var (again, output, _) = CliRunner.Run("draft", Seeds);
        Assert.Equal(0, again);
        Assert.Contains("4 texts drafted", output);
        Assert.Equal(kept, File.ReadAllText(first));

        var (update, updated, updateError) = CliRunner.Run("draft", "--update", Seeds);
        Assert.True(update == 0, updateError);
        Assert.Contains("5 sidecars updated", updated);
        var now = File.ReadAllText(first);
        Assert.StartsWith(kept[..kept.LastIndexOf('}')].TrimEnd(), now);
        var redrafted = JsonDocument.Parse(now).RootElement;
        Assert.Equal(sidecar.GetProperty("quotes").GetArrayLength(), redrafted.GetProperty("quotes").GetArrayLength());
        Assert.Equal(sidecar.GetProperty("exclude").GetArrayLength(), redrafted.GetProperty("exclude").GetArrayLength());

        var (checkExit, check, _) = CliRunner.Run("check", Seeds);
        Assert.True(checkExit == 0, check);
    }

    [Fact]
    public void A_missing_folder_or_registry_is_a_one_line_error()
    {
        var (exit, output, error) = CliRunner.Run("draft", Path.Combine(_folder, "nowhere"));
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"kz: no such folder: '{Path.Combine(_folder, "nowhere")}'", error.TrimEnd());

        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "001_a.txt"), "Text");
        (exit, _, error) = CliRunner.Run("draft", _folder);
        Assert.Equal(1, exit);
        Assert.StartsWith("kz: no registry in", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }
}
