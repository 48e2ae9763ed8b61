using System;
using System.IO;
using System.Linq;
using KzDataset.Cli.Export;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// kz export never leaves a half-written folder: it writes into a staging folder and moves it into place,
/// replaces only an empty folder or an earlier export, and a failure midway leaves the old state.
/// </summary>
public sealed class ExportFolderTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "kz-export-folder-" + Guid.NewGuid().ToString("N"));

    public ExportFolderTests() => Directory.CreateDirectory(_parent);

    public void Dispose()
    {
        ExportRunner.AfterStep.Value = null;
        if (Directory.Exists(_parent)) Directory.Delete(_parent, recursive: true);
    }

    private string Target => Path.Combine(_parent, "out");

    [Fact]
    public void A_target_that_is_a_file_is_refused_and_left_alone()
    {
        File.WriteAllText(Target, "my notes");

        var (exit, output, error) = CliRunner.Run("export", "--format", "csv", "--out", Target);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("is a file", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("my notes", File.ReadAllText(Target));
        Assert.Equal(new[] { Target }, Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void A_folder_with_the_users_own_files_is_refused_and_left_alone()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "thesis.docx"), "chapter 1");
        File.WriteAllText(Path.Combine(Target, "quotes.csv"), "mine");

        var (exit, _, error) = CliRunner.Run("export", "--format", "csv", "--out", Target);

        Assert.Equal(1, exit);
        Assert.Contains("not an earlier kz export", error);
        Assert.Equal("chapter 1", File.ReadAllText(Path.Combine(Target, "thesis.docx")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Target, "quotes.csv")));
        Assert.Single(Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void An_empty_folder_is_filled_and_an_earlier_export_is_replaced_as_a_whole()
    {
        Directory.CreateDirectory(Target);
        Assert.Equal(0, CliRunner.Run("export", "--format", "csv", "--out", Target).ExitCode);
        Assert.True(File.Exists(Path.Combine(Target, "quotes.csv")));

        Assert.Equal(0, CliRunner.Run("export", "--format", "parquet", "--out", Target).ExitCode);

        // Only the new export's files: no CSV left over from the earlier one, no staging folder beside it.
        Assert.All(Directory.GetFiles(Target), f => Assert.True(f.EndsWith(".parquet", StringComparison.Ordinal) || f.EndsWith("datapackage.json", StringComparison.Ordinal), f));
        Assert.Equal(14, Directory.GetFiles(Target).Length);
        Assert.Equal(new[] { Target }, Directory.GetFileSystemEntries(_parent));
    }

    [Theory]
    [InlineData("csv", "quotes.csv")]
    [InlineData("duckdb", "table quotes")]
    [InlineData("json", "quotes.json")]
    public void A_failure_midway_leaves_the_earlier_export_as_it_was(string format, string failingStep)
    {
        Assert.Equal(0, CliRunner.Run("export", "--format", "jsonl", "--out", Target).ExitCode);
        var before = Directory.GetFiles(Target).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList();
        ExportRunner.AfterStep.Value = step =>
        {
            if (step == failingStep) throw new IOException("disk full (injected)");
        };

        var (exit, output, error) = CliRunner.Run("export", "--format", format, "--out", Target);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("disk full (injected)", error);
        Assert.Equal(before, Directory.GetFiles(Target).Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList());
        Assert.Equal(new[] { Target }, Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void A_failure_midway_on_a_new_target_leaves_nothing()
    {
        ExportRunner.AfterStep.Value = step =>
        {
            if (step == "figures.parquet") throw new IOException("disk full (injected)");
        };

        var (exit, _, error) = CliRunner.Run("export", "--format", "parquet", "--out", Target);

        Assert.Equal(1, exit);
        Assert.Contains("cannot write to", error);
        Assert.Empty(Directory.GetFileSystemEntries(_parent));
    }

    [Fact]
    public void Missing_parent_folders_are_created()
    {
        var deep = Path.Combine(_parent, "a", "b", "out");

        Assert.Equal(0, CliRunner.Run("export", "--format", "duckdb", "--out", deep).ExitCode);

        Assert.Equal(new[] { Path.Combine(deep, "kz.duckdb") }, Directory.GetFiles(deep));
    }
}
