
using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using KzDataset.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace KzDataset.Tests;

/// <summary>
/// kz on a seeds folder: <c>init</c> writes a corpus that checks clean, <c>check</c> prints what the
/// build's generator reports for the same files, and <c>--seeds</c> queries a user's corpus.
/// </summary>
public sealed class SeedFolderCliTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kz-seeds-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private string Seeds => Path.Combine(_folder, "seeds");

    private string Init()
    {
        var (exit, output, error) = CliRunner.Run("init", Seeds);
        Assert.True(exit == 0, error);
        Assert.Contains(Path.Combine(Seeds, "001_example.json"), output);
        return Seeds;
    }

    [Fact]
    public void Init_writes_a_corpus_that_checks_clean_with_schemas_beside_it()
    {
        var seeds = Init();

        var (exit, output, error) = CliRunner.Run("check", seeds);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.EndsWith($"{Path.GetFullPath(seeds)}: 6 files, 1 article; 0 errors, 0 warnings", output.TrimEnd());
        Assert.True(File.Exists(Path.Combine(seeds, "schema", "article.schema.json")));
        // The sidecar points at the schema beside it, so an editor finds it.
        Assert.Contains("\"$schema\": \"schema/article.schema.json\"", File.ReadAllText(Path.Combine(seeds, "001_example.json")));
        var text = File.ReadAllBytes(Path.Combine(seeds, "001_example.txt"));
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(text)), File.ReadAllText(Path.Combine(seeds, "001_example.json")));
    }

    [Fact]
    public void Init_never_overwrites()
    {
        var seeds = Init();
        File.WriteAllText(Path.Combine(seeds, "001_example.txt"), "mine");

        var (exit, _, error) = CliRunner.Run("init", seeds);

        Assert.Equal(1, exit);
        Assert.Contains("is not an empty folder", error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(seeds, "001_example.txt")));
    }

    [Fact]
    public void Check_prints_the_generators_diagnostics_located_and_exits_1()
    {
        var seeds = Init();
        var sidecar = Path.Combine(seeds, "001_example.json");
        File.WriteAllText(sidecar, File.ReadAllText(sidecar).Replace("\"exact\": \"120 workers built it\"", "\"exact\": \"120 workers built the bridge\"", StringComparison.Ordinal));

        var (exit, output, _) = CliRunner.Run("check", seeds);

        Assert.Equal(1, exit);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("KZ0100", StringComparison.Ordinal));
        var lines = File.ReadAllLines(sidecar);
        var row = Array.FindIndex(lines, l => l.Contains("120 workers built the bridge", StringComparison.Ordinal)) + 1;
        var column = lines[row - 1].IndexOf("\"120 workers built the bridge\"", StringComparison.Ordinal) + 1;
        Assert.StartsWith($"{Path.GetFullPath(sidecar)}({row},{column}): error KZ0100: \"120 workers built the bridge\" is not in 001_example.txt.", line);
        Assert.EndsWith("1 article; 1 error, 0 warnings", output.TrimEnd());
        // Every line is what the generator reports in a build over the same files.
        Assert.Equal(BuildDiagnostics(seeds), output.Split('\n').Where(l => l.Contains(": error KZ", StringComparison.Ordinal) || l.Contains(": warning KZ", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_reports_corpus_wide_problems_and_warnings_like_the_build()
    {
        var seeds = Init();
        // A text without its sidecar (a corpus-wide error) and a number nobody annotated (a warning).
        File.WriteAllText(Path.Combine(seeds, "002_orphan.txt"), "An orphan text.\n");
        var text = Path.Combine(seeds, "001_example.txt");
        var sidecar = Path.Combine(seeds, "001_example.json");
        var edited = File.ReadAllText(text).Replace("Advertisement: subscribe today", "Advertisement: subscribe today\n\nIt is 42 metres long.", StringComparison.Ordinal);
        File.WriteAllText(text, edited);
        File.WriteAllText(sidecar, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(sidecar), "\"sha256\": \"[0-9a-f]+\"",
            $"\"sha256\": \"{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(text)))}\""));

        var (exit, output, _) = CliRunner.Run("check", seeds);

        Assert.Equal(1, exit);
        Assert.Contains(output.Split('\n'), l => l.Contains("error KZ0011", StringComparison.Ordinal) && l.Contains("002_orphan.txt", StringComparison.Ordinal));
        Assert.Contains(output.Split('\n'), l => l.Contains("warning KZ0300", StringComparison.Ordinal) && l.Contains("\"42\"", StringComparison.Ordinal));
        Assert.Equal(BuildDiagnostics(seeds), output.Split('\n').Where(l => l.Contains(" KZ", StringComparison.Ordinal) && !l.EndsWith("warning(s)", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_without_a_folder_checks_the_bundled_corpus()
    {
        var (exit, output, _) = CliRunner.Run("check");

        Assert.Equal(0, exit);
        Assert.EndsWith("the bundled corpus: 14 files, 5 articles; 0 errors, 0 warnings", output.TrimEnd());
    }

    [Fact]
    public void Check_reports_invalid_utf8_with_its_byte_offset_as_the_build_does()
    {
        var seeds = Init();
        var text = Path.Combine(seeds, "001_example.txt");
        var bytes = File.ReadAllBytes(text).ToList();
        bytes.Insert(10, 0xFF);
        File.WriteAllBytes(text, bytes.ToArray());

        var (exit, output, _) = CliRunner.Run("check", seeds);

        Assert.Equal(1, exit);
        // Byte 10 is on line 1, column 11, where the build's decoder puts U+FFFD.
        Assert.Contains($"{text}(1,11): error KZ0014: 001_example.txt is not valid UTF-8: byte 10 does not start or continue a UTF-8 sequence", output);
        Assert.EndsWith("0 articles; 1 error, 0 warnings", output.TrimEnd());
        Assert.Equal(BuildDiagnostics(seeds), output.Split('\n').Where(l => l.Contains(" KZ", StringComparison.Ordinal) && !l.EndsWith("warning(s)", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Check_gives_the_hash_without_a_byte_order_mark_only_for_a_file_that_has_one(bool withBom)
    {
        var seeds = Init();
        var text = Path.Combine(seeds, "001_example.txt");
        var edited = File.ReadAllBytes(text).Concat("\nOne more line."u8.ToArray()).ToArray();
        var bytes = withBom ? new byte[] { 0xEF, 0xBB, 0xBF }.Concat(edited).ToArray() : edited;
        File.WriteAllBytes(text, bytes);

        var (exit, output, _) = CliRunner.Run("check", seeds);

        Assert.Equal(1, exit);
        var fileHash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var expected = withBom
            ? $"The SHA-256 of '001_example.txt' is {fileHash} ({Convert.ToHexStringLower(SHA256.HashData(edited))} without its byte-order mark)"
            : $"The SHA-256 of '001_example.txt' is {fileHash}, ";
        Assert.Contains(expected, output);
        if (!withBom) Assert.DoesNotContain("byte-order mark", output);
    }

    [Fact]
    public void Check_of_a_missing_folder_is_one_clear_line()
    {
        var (exit, output, error) = CliRunner.Run("check", Path.Combine(_folder, "nowhere"));

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal($"kz: no seeds folder at '{Path.Combine(_folder, "nowhere")}'", error.TrimEnd());
    }

    [Fact]
    public void Seeds_option_queries_a_users_corpus()
    {
        var seeds = Init();

        var stats = CliRunner.Run("--seeds", seeds, "stats");
        var quotes = CliRunner.Run("quotes", "--seeds", seeds, "--expert", "jane doe");

        Assert.True(stats.ExitCode == 0, stats.Error);
        var article = Assert.Single(CliRunner.Tsv(stats.Output));
        Assert.Equal("example-article", article["id"]);
        Assert.Equal("Example Gazette", article["outlet"]);
        Assert.True(quotes.ExitCode == 0, quotes.Error);
        Assert.Contains(CliRunner.Tsv(quotes.Output), q => q["text"] == "120 workers built it");
    }

    [Fact]
    public void Seeds_option_refuses_a_corpus_with_errors()
    {
        var seeds = Init();
        File.Delete(Path.Combine(seeds, "registry", "units.json"));

        var (exit, output, error) = CliRunner.Run("--seeds", seeds, "stats");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("have 1 error; 'kz check", error);
    }

    [Fact]
    public void Check_with_the_seeds_option_checks_that_folder()
    {
        var seeds = Init();
        File.Delete(Path.Combine(seeds, "registry", "units.json"));
        var expected = CliRunner.Run("check", seeds);

        var (exit, output, error) = CliRunner.Run("check", "--seeds", seeds);
        var before = CliRunner.Run("--seeds", seeds, "check");

        Assert.Equal(1, expected.ExitCode);
        Assert.Equal(1, exit);
        Assert.Empty(error);
        Assert.Equal(expected.Output, output);
        Assert.Equal(expected.Output, before.Output);
        Assert.Contains(": error KZ", output);
        Assert.EndsWith($"{Path.GetFullPath(seeds)}: 5 files, 1 article; 1 error, 0 warnings", output.TrimEnd());
    }

    [Fact]
    public void Check_refuses_two_different_folders_and_takes_one_given_twice()
    {
        var seeds = Init();
        var other = Path.Combine(_folder, "other");

        var (exit, output, error) = CliRunner.Run("check", seeds, "--seeds", other);
        var same = CliRunner.Run("check", seeds, "--seeds", Path.Combine(seeds, "..", "seeds"));

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal($"kz: two seeds folders given: '{seeds}' and --seeds '{other}'; check one at a time", error.TrimEnd());
        Assert.Equal(0, same.ExitCode);
        Assert.EndsWith("0 errors, 0 warnings", same.Output.TrimEnd());
    }

    [Fact]
    public void Init_refuses_the_seeds_option()
    {
        var (exit, output, error) = CliRunner.Run("--seeds", Seeds, "init", Seeds);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("not --seeds", error);
        Assert.False(Directory.Exists(Seeds));
    }

    [Fact]
    public void Init_writes_a_Directory_Build_props_that_makes_KZ_warnings_errors()
    {
        var (exit, output, error) = CliRunner.Run("init", Seeds);

        Assert.True(exit == 0, error);
        var props = Path.Combine(_folder, "Directory.Build.props");
        Assert.Contains(output.Split('\n'), l => l.StartsWith(props + " ", StringComparison.Ordinal) && l.Contains("KzWarningsAsErrors", StringComparison.Ordinal));
        var project = System.Xml.Linq.XDocument.Load(props).Root!;
        Assert.Equal("true", project.Descendants("KzWarningsAsErrors").Single().Value);
        // It imports the Directory.Build.props of the folders above, which it would otherwise hide from MSBuild.
        Assert.Contains("GetPathOfFileAbove('Directory.Build.props'", project.Descendants("KzParentBuildProps").Single().Value);
        Assert.Equal("$(KzParentBuildProps)", project.Element("Import")!.Attribute("Project")!.Value);
    }

    [Fact]
    public void Init_never_overwrites_a_Directory_Build_props_and_says_what_to_add()
    {
        Directory.CreateDirectory(_folder);
        var props = Path.Combine(_folder, "Directory.Build.props");
        File.WriteAllText(props, "<Project />\n");

        var (exit, output, error) = CliRunner.Run("init", Seeds);

        Assert.True(exit == 0, error);
        Assert.Equal("<Project />\n", File.ReadAllText(props));
        Assert.Contains($"{props} exists and was left as it is; add <KzWarningsAsErrors>true</KzWarningsAsErrors> to a PropertyGroup there to make KZ warnings fail the build.", output);
        Assert.True(File.Exists(Path.Combine(Seeds, "001_example.json")));
    }

    [Fact]
    public void A_surname_two_people_have_lists_them()
    {
        var seeds = Init();
        var registry = Path.Combine(seeds, "registry", "people.json");
        File.WriteAllText(registry, File.ReadAllText(registry).Replace(
            "\"people\": [",
            "\"people\": [\n    { \"id\": \"john-doe\", \"name\": \"John Doe\", \"kind\": \"official\", \"aliases\": [] },",
            StringComparison.Ordinal));

        var (exit, output, error) = CliRunner.Run("--seeds", seeds, "quotes", "--expert", "doe");
        var jane = CliRunner.Run("--seeds", seeds, "quotes", "--expert", "jane");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal("kz: 'doe' is the surname of 2 people: Jane Doe, John Doe; give the full name", error.TrimEnd());
        Assert.Equal(1, jane.ExitCode);
        Assert.Contains("Did you mean 'Jane Doe'?", jane.Error);
    }

    /// <summary>What the generator reports in a build of a project whose seeds folder this is, printed as kz prints it.</summary>
    private static List<string> BuildDiagnostics(string seeds)
    {
        var files = Directory.EnumerateFiles(seeds, "*.txt").Select(p => (p, "text"))
            .Concat(Directory.EnumerateFiles(seeds, "*.json").Select(p => (p, "sidecar")))
            .Concat(Directory.EnumerateFiles(Path.Combine(seeds, "registry"), "*.json").Select(p => (p, "registry")))
            .Select(f => (Text: (AdditionalText)new FileText(Path.GetFullPath(f.Item1)), Kind: f.Item2))
            .ToList();
        var options = new SeedOptions(files.ToDictionary(f => f.Text.Path, f => f.Kind));
        var driver = CSharpGeneratorDriver.Create(new[] { new KzDataset.Generator.KzGenerator().AsSourceGenerator() }, files.Select(f => f.Text), new CSharpParseOptions(), options)
            .RunGenerators(CSharpCompilation.Create("corpus"), TestContext.Current.CancellationToken);
        return driver.GetRunResult().Diagnostics
            .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {(d.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .Select(l => l.StartsWith("(1,1)", StringComparison.Ordinal) ? Path.GetFullPath(seeds) + l.Substring("(1,1)".Length) : l)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        // As the compiler reads an AdditionalFile: decoded from the file's bytes, which its checksum is of.
        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default)
        {
            using var stream = File.OpenRead(Path);
            return SourceText.From(stream, checksumAlgorithm: SourceHashAlgorithm.Sha256, canBeEmbedded: true);
        }
    }

    /// <summary>The KzSeed metadata the package's build files give each file.</summary>
    private sealed class SeedOptions(IReadOnlyDictionary<string, string> kinds) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Corpus" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => new Values(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.KzSeed"] = kinds[textFile.Path] });

        private sealed class Values(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
