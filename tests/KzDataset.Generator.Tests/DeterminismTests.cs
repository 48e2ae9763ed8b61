using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static KzDataset.Generator.Tests.Infrastructure.Fixtures;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The generator's output (sources, diagnostics and the compiled assembly), for the fixture and for
/// the real corpus, does not depend on the
/// process, the culture or the order of the AdditionalFiles: three child processes of this test
/// assembly, with real globalization (not this project's invariant mode) under tr-TR, fi-FI and the
/// invariant culture and the files in both orders, must write the same bytes.
/// </summary>
public sealed class DeterminismTests
{
    private const string OutVariable = "KZ_DETERMINISM_OUT";
    private const string CultureVariable = "KZ_DETERMINISM_CULTURE";
    private const string ReverseVariable = "KZ_DETERMINISM_REVERSE";

    // Ids with an "i" to upper-case (tr-TR's dotted İ), decimals to print (fi-FI's comma) and
    // diagnostics to format, on top of the clean fixture.
    private static SeedSet Seeds => Corpus
        .Edit(PeopleRegistry, "\"role\": \"professor\" }", "\"role\": \"professor\" }, { \"id\": \"ilya-ivanov\", \"name\": \"Ilya Ivanov\", \"kind\": \"official\" }")
        .Edit(NewsSidecar, "\"value\": 2500,", "\"value\": 2500.5,")
        .With(NewsText, Corpus[NewsText] + "\n\nIndex: 1,5 and 3.25 in İstanbul.");

    [Fact]
    public void Child_run_writes_its_output()
    {
        var output = Environment.GetEnvironmentVariable(OutVariable);
        if (string.IsNullOrEmpty(output)) Assert.Skip($"runs only as a child process of {nameof(Two_processes_with_different_cultures_and_file_orders_generate_the_same_output)}");

        var culture = new CultureInfo(Environment.GetEnvironmentVariable(CultureVariable)!);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
        var reverse = Environment.GetEnvironmentVariable(ReverseVariable) == "1";
        var result = new StringBuilder();
        // The fixture (with culture-sensitive ids, numbers and diagnostics) and the real corpus.
        Generate(Seeds.ToAdditionalTexts().ToList(), reverse, output + ".dll", result);
        var real = Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.*", SearchOption.AllDirectories)
            .Where(f => TestAnalyzerOptions.SeedKindByLayout(f) is not null)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new InMemoryAdditionalText(f, File.ReadAllText(f)))
            .ToList();
        Generate(real, reverse, output + ".real.dll", result);
        File.WriteAllText(output, result.ToString());
        // Proof that the culture was live: tr-TR upper-cases "i" to "İ", fi-FI prints 1.5 as "1,5".
        File.WriteAllText(output + ".culture", $"{CultureInfo.CurrentCulture.Name} {"i".ToUpper(CultureInfo.CurrentCulture)} {1.5m.ToString(CultureInfo.CurrentCulture)}");
    }

    // Runs the generator, appends its sources and diagnostics, and writes the deterministic compile of the runtime with them.
    private static void Generate(List<InMemoryAdditionalText> texts, bool reverse, string assembly, StringBuilder result)
    {
        if (reverse) texts.Reverse();
        var driver = GeneratorHarness.Drive(texts, TestAnalyzerOptions.WithItemMembers(), GeneratorHarness.ParseOptions, GeneratorHarness.RuntimeCompilation(),
            out var compilation, out var diagnostics, TestContext.Current.CancellationToken);
        using (var image = File.Create(assembly))
        {
            var emitted = compilation.WithOptions(compilation.Options.WithDeterministic(true)).Emit(image, cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        }
        foreach (var source in driver.GetRunResult().Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            result.Append("// ==== ").Append(source.HintName).Append('\n').Append(source.SourceText).Append('\n');
        }
        foreach (var diagnostic in diagnostics) result.Append(diagnostic.ToString()).Append('\n');
    }

    [Fact]
    public void Two_processes_with_different_cultures_and_file_orders_generate_the_same_output()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kz-determinism-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var turkish = RunChild(folder, "tr-TR", reverse: false);
            var finnish = RunChild(folder, "fi-FI", reverse: true);
            var invariant = RunChild(folder, string.Empty, reverse: true);

            Assert.Equal("tr-TR İ 1,5", File.ReadAllText(turkish + ".culture"));
            Assert.Equal("fi-FI I 1,5", File.ReadAllText(finnish + ".culture"));
            var first = File.ReadAllText(turkish);
            Assert.Contains("IlyaIvanov", first);
            Assert.Contains("KZ0200", first);
            Assert.Contains("KZ0300", first);
            Assert.Equal(first, File.ReadAllText(finnish));
            Assert.Equal(first, File.ReadAllText(invariant));
            Assert.Equal(" I 1.5", File.ReadAllText(invariant + ".culture"));
            var assembly = File.ReadAllBytes(turkish + ".dll");
            Assert.True(assembly.Length > 10_000, "the child emitted the assembly");
            Assert.Equal(assembly, File.ReadAllBytes(finnish + ".dll"));
            Assert.Equal(assembly, File.ReadAllBytes(invariant + ".dll"));
            Assert.Contains("NytTokayevEmbracesRussia", first);
            var realAssembly = File.ReadAllBytes(turkish + ".real.dll");
            Assert.Equal(realAssembly, File.ReadAllBytes(finnish + ".real.dll"));
            Assert.Equal(realAssembly, File.ReadAllBytes(invariant + ".real.dll"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RunChild(string folder, string culture, bool reverse)
    {
        var assembly = typeof(DeterminismTests).Assembly.Location;
        var baseName = Path.Combine(Path.GetDirectoryName(assembly)!, Path.GetFileNameWithoutExtension(assembly));
        // The child gets real globalization (ICU) whatever this project's InvariantGlobalization says.
        var config = JsonNode.Parse(File.ReadAllText(baseName + ".runtimeconfig.json"))!;
        var properties = config["runtimeOptions"]!["configProperties"]!.AsObject();
        properties["System.Globalization.Invariant"] = false;
        properties["System.Globalization.PredefinedCulturesOnly"] = false;
        var name = culture.Length == 0 ? "invariant" : culture;
        var configPath = Path.Combine(folder, name + ".runtimeconfig.json");
        File.WriteAllText(configPath, config.ToJsonString());

        var output = Path.Combine(folder, name + ".txt");
        var child = DotnetProcess.Run(
            new[] { "exec", "--runtimeconfig", configPath, "--depsfile", baseName + ".deps.json", assembly,
                "-method", typeof(DeterminismTests).FullName + "." + nameof(Child_run_writes_its_output) },
            TimeSpan.FromMinutes(3),
            environment: new Dictionary<string, string> { [OutVariable] = output, [CultureVariable] = culture, [ReverseVariable] = reverse ? "1" : "0" });
        Assert.True(child.ExitCode == 0 && File.Exists(output), $"child {culture} failed ({child.ExitCode}):\n{child.Output}\n{child.Errors}");
        return output;
    }
}
