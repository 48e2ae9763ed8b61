using System.Collections.Immutable;
using KzDataset.Generator;
using KzDataset.Core.Steps;
using KzDataset.Core.Common;
using KzDataset.Core.Model;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Core.Text;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The pipeline's steps at the edges the compiler can produce: a file that cannot be read, a file
/// that is not UTF-8, and a step that fails.
/// </summary>
public sealed class SeedStepsTests
{
    private const string Sidecar = SeedSet.Folder + "001_x.json";
    private const string Registry = SeedSet.Folder + "registry/people.json";
    private const string Text = SeedSet.Folder + "001_x.txt";

    [Fact]
    public void A_file_that_cannot_be_read_is_reported_or_skipped()
    {
        var sidecar = SeedSteps.ParseSidecar(Sidecar, null);
        Assert.Null(sidecar.Article);
        Assert.Equal("001_x", sidecar.BaseName);
        Assert.Equal(new[] { "KZ0001 001_x.json(1,1): Invalid JSON: the file could not be read" }, SeedChecks.Lines(sidecar.Diagnostics));

        Assert.Null(SeedSteps.ReadText(Text, null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  // to do\n")]
    public void An_empty_file_is_one_KZ0001_at_its_start(string content)
    {
        Assert.Equal(new[] { "KZ0001 001_x.json(1,1): Invalid JSON: the file is empty; a JSON object was expected" },
            SeedChecks.Lines(SeedSteps.ParseSidecar(Sidecar, content).Diagnostics));
        Assert.Equal(new[] { "KZ0001 registry/people.json(1,1): Invalid JSON: the file is empty; a JSON object was expected" },
            SeedChecks.Lines(SeedSteps.ParseRegistry(Registry, content).Diagnostics));
    }

    [Fact]
    public void A_registry_that_cannot_be_read_is_parsed_as_empty()
    {
        var registry = SeedSteps.ParseRegistry(Registry, null);

        Assert.Equal("people.json", registry.FileName);
        Assert.True(registry.People.IsEmpty);
        Assert.Equal(new[] { "KZ0001 registry/people.json(1,1): Invalid JSON: the file could not be read" }, SeedChecks.Lines(registry.Diagnostics));
    }

    [Theory]
    [InlineData("{ \"a\": \"\uFFFD\" }", 8, 8, "(1,9)", "U+FFFD")]
    [InlineData("{ }\n\uFFFD", 4, 4, "(2,1)", "U+FFFD")]
    [InlineData("{ }", 3, 3, "(1,4)", "")]
    [InlineData("{ }", 9, 40, "(1,4)", "")]
    public void A_file_that_is_not_utf8_is_one_KZ0014_at_its_first_bad_byte(string content, int byteOffset, int charIndex, string at, string marked)
    {
        var notUtf8 = new NotUtf8(byteOffset, charIndex);
        var expected = $"KZ0014 001_x.json{at}: 001_x.json is not valid UTF-8: byte {byteOffset} does not start or continue a UTF-8 sequence (the build reads it as U+FFFD); save the file as UTF-8";

        var sidecar = SeedSteps.ParseSidecar(Sidecar, content, notUtf8);
        Assert.Null(sidecar.Article);
        Assert.Equal(new[] { expected }, SeedChecks.Lines(sidecar.Diagnostics));
        var location = sidecar.Diagnostics[0].Location;
        Assert.Equal(marked.Length == 0 ? "" : "\uFFFD", content.Substring(location.Start, location.Length));

        var text = SeedSteps.ReadText(Text, content, notUtf8)!;
        Assert.Equal(("001_x.txt", "001_x", content), (text.FileName, text.BaseName, text.Content));
        Assert.Equal(new[] { expected.Replace("001_x.json", "001_x.txt") }, SeedChecks.Lines(new[] { text.Unreadable! }));

        var registry = SeedSteps.ParseRegistry(Registry, content, notUtf8);
        Assert.True(registry.People.IsEmpty);
        Assert.Equal(new[] { expected.Replace("001_x.json", "registry/people.json").Replace("registry/people.json is not", "people.json is not") }, SeedChecks.Lines(registry.Diagnostics));
    }

    [Fact]
    public void A_step_of_the_whole_corpus_fails_as_one_KZ9999_without_a_file()
    {
        var value = StepGuard.Run<DiagnosticInfo>("corpus", () => throw new System.InvalidOperationException("boom"), d => d);

        Assert.Equal("KZ9999", value.Id);
        Assert.Equal(default, value.Location);
        Assert.Equal("The KzDataset generator failed on 'corpus': InvalidOperationException: boom. This is a defect in the generator; please report it with the file", value.Message);
    }

    [Fact]
    public void A_step_is_not_guarded_against_cancellation()
        => Assert.Throws<System.OperationCanceledException>(() => StepGuard.Run<int>("/seeds/x.json", () => throw new System.OperationCanceledException(), _ => 0));
}
