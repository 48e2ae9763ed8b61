using System.Linq;
using KzDataset.Generator.Tests.Infrastructure;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>The generator on a small, clean corpus: no diagnostics, code that compiles, and snapshots of that code.</summary>
public sealed class GeneratorOutputTests
{
    [Fact]
    public void Clean_corpus_yields_no_diagnostic_and_compiles_with_the_runtime()
    {
        var outcome = GeneratorHarness.Run(Fixtures.Corpus);

        Assert.True(outcome.DriverDiagnostics.IsEmpty, outcome.Describe());
        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
    }

    [Fact]
    public void Emits_registry_catalogs_and_one_file_per_used_bucket()
    {
        var outcome = GeneratorHarness.Run(Fixtures.Corpus);
        var hints = outcome.Sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal).ToList();

        Assert.Contains("KzDataset.Registry.g.cs", hints);
        Assert.Contains("KzDataset.Corpus.g.cs", hints);
        // The fixture's two ids fall in buckets 8 and 10 (FNV-1a of the id, modulo 16): one file each, no empty bucket files.
        Assert.Equal(new[] { "KzDataset.Articles.B08.g.cs", "KzDataset.Articles.B10.g.cs", "KzDataset.Corpus.g.cs", "KzDataset.Registry.g.cs" }, hints);
    }

    [Fact]
    public void Article_text_is_not_emitted_as_literals()
    {
        var outcome = GeneratorHarness.Run(Fixtures.Corpus);

        Assert.DoesNotContain(outcome.Sources.Values, s => s.Contains("said Ann Example, a professor", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Assumed for the test.")] // an article's note
    [InlineData("Example News")] // an outlet's name: only its id and a doc line reach code
    public void Annotation_data_is_not_emitted_as_code(string annotation)
    {
        var outcome = GeneratorHarness.Run(Fixtures.Corpus);
        var code = string.Concat(outcome.Sources.Values);

        Assert.DoesNotContain("\"" + annotation, code, System.StringComparison.Ordinal);
        Assert.DoesNotContain("new(", code.Replace("new global::KzDataset.ManifestEntry(", string.Empty).Replace("ArticleHandle Article = new(", string.Empty), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\\u2028} public static class Injected { //")] // a line separator ends a // comment for C#
    [InlineData("\\u2029} public static class Injected { //")]
    [InlineData("\\u0085} public static class Injected { //")]
    [InlineData("a \\u202Ebidi override\\u202C and \\u200Bzero width")]
    [InlineData("a NUL \\u0000 and an escape \\u001B[2J")]
    public void Seed_text_in_doc_comments_cannot_end_the_comment_or_hide(string role)
    {
        var outcome = GeneratorHarness.Run(Fixtures.Corpus.Edit(Fixtures.PeopleRegistry, "\"role\": \"professor\"", $"\"role\": \"{role}\""));
        var code = string.Concat(outcome.Sources.Values);

        Assert.True(outcome.CompileErrors.IsEmpty, outcome.Describe());
        Assert.DoesNotContain("class Injected", code.Split('\n').Select(l => l.TrimStart()).Where(l => !l.StartsWith("///", System.StringComparison.Ordinal)));
        Assert.DoesNotContain(code, c => c != '\n' && Emit.Xml.IsInvisible(c));
    }

    [Fact]
    public void Item_members_are_generated_only_when_asked_for()
    {
        var without = string.Concat(GeneratorHarness.Run(Fixtures.Corpus, itemMembers: false).Sources.Values);
        var with = string.Concat(GeneratorHarness.Run(Fixtures.Corpus, itemMembers: true).Sources.Values);

        Assert.DoesNotContain("PeaceTitle", without, System.StringComparison.Ordinal);
        Assert.Contains("public static global::KzDataset.Article TinyArticle", without, System.StringComparison.Ordinal);
        Assert.Contains("public static global::KzDataset.Quote PeaceTitle => Article.Quotes[0];", with, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_registry_matches_snapshot()
        => Snapshot.Verify("Registry", GeneratorHarness.Run(Fixtures.Corpus).Sources["KzDataset.Registry.g.cs"]);

    [Fact]
    public void Generated_corpus_class_and_catalogs_match_snapshot()
        => Snapshot.Verify("Corpus", GeneratorHarness.Run(Fixtures.Corpus).Sources["KzDataset.Corpus.g.cs"]);

    [Fact]
    public void Generated_articles_match_snapshot()
        => Snapshot.Verify("Articles", RecordDump.Articles(GeneratorHarness.Run(Fixtures.Corpus).Sources));

    /// <summary>The emitter tests call the emitters directly (no Roslyn); this ties them to what the generator emits.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_generator_emits_what_the_emitters_emit(bool itemMembers)
    {
        var generated = GeneratorHarness.Run(Fixtures.Corpus, itemMembers).Sources;

        Assert.Equal(DirectEmit.Sources(Fixtures.Corpus, itemMembers), generated.OrderBy(s => s.Key, System.StringComparer.Ordinal));
    }
}
