using System;
using System.Globalization;
using System.IO;
using System.Linq;
using KzDataset.Cli;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// What the CLI prints is printable: control, format and bidi characters from a seed (or echoed
/// input) are shown as \uXXXX, never sent to the terminal.
/// </summary>
public sealed class PrintableOutputTests
{
    private const string Hostile = "Title\u001B]0;owned\u0007 \u001B[2J\u009B31m\u007F \u202Eevil\u202C \u2066x\u2069 a\u200Bb\u200C\u200D\u200E\u200F \u00ADsoft\u2028line\rover";

    /// <summary>True for the characters no CLI output may contain (newline and tab are layout).</summary>
    private static bool IsUnprintable(char c)
        => c is not ('\n' or '\t' or '\r')
           && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
               or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    [Theory]
    [InlineData("\u001B]0;owned\u0007", "\\u001B]0;owned\\u0007")]
    [InlineData("\u001B[2J", "\\u001B[2J")]
    [InlineData("a\u009Bb\u007Fc\u0000", "a\\u009Bb\\u007Fc\\u0000")]
    [InlineData("\u202Aa\u202B\u202C\u202D\u202E", "\\u202Aa\\u202B\\u202C\\u202D\\u202E")]
    [InlineData("\u2066\u2067\u2068\u2069", "\\u2066\\u2067\\u2068\\u2069")]
    [InlineData("x\u200B\u200C\u200D\u200E\u200Fy", "x\\u200B\\u200C\\u200D\\u200E\\u200Fy")]
    [InlineData("over\rwrite", "over\\u000Dwrite")]
    [InlineData("line\r\nnext\n\tindented", "line\r\nnext\n\tindented")]
    [InlineData("Michaël «Tokaïev» — 2,500 😀", "Michaël «Tokaïev» — 2,500 😀")]
    public void Unprintable_characters_become_visible_escapes(string input, string shown)
        => Assert.Equal(shown, Printable.Text(input));

    // Not theory data: xunit's serialization would replace a lone surrogate before the test sees it.
    [Fact]
    public void Unpaired_surrogates_become_visible_escapes()
    {
        Assert.Equal("\\uD800 lone \\uDC00", Printable.Text("\uD800 lone \uDC00"));
        Assert.Equal("\uD83D\uDE00", Printable.Text("\uD83D\uDE00"));
    }

    [Fact]
    public void Markup_is_printable_and_escaped_for_spectre()
    {
        var markup = Printable.Markup("[red]" + Hostile + "[/]");

        Assert.StartsWith("[[red]]Title\\u001B]]0;owned\\u0007", markup);
        Assert.EndsWith("[[/]]", markup);
        Assert.DoesNotContain(markup, IsUnprintable);
        // Spectre accepts it as markup and renders the brackets as text.
        var rendered = new Spectre.Console.Markup(markup);
        Assert.NotNull(rendered);
    }

    [Fact]
    public void An_unknown_name_with_escapes_is_echoed_printable()
    {
        var (exit, output, error) = CliRunner.Run("quotes", "--expert", Hostile);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("unknown person 'Title\\u001B]0;owned\\u0007 \\u001B[2J\\u009B31m\\u007F \\u202Eevil\\u202C", error);
        Assert.DoesNotContain(error, IsUnprintable);
    }

    [Fact]
    public void An_unknown_command_with_escapes_is_echoed_printable()
    {
        var (exit, _, error) = CliRunner.Run("statz\u001B[2J\u202E");

        Assert.NotEqual(0, exit);
        Assert.Contains("statz\\u001B[2J\\u202E", error);
        Assert.DoesNotContain(error, IsUnprintable);
    }

    [Fact]
    public void Commands_print_values_only_through_Printable()
    {
        var folder = RepositoryPaths.Combine("src", "KzDataset.Cli");
        var offenders = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                        && !f.EndsWith("Printable.cs", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Markup.Escape(", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(offenders);
    }
}
