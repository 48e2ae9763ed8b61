using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Synthetic;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>
/// The bench's synthetic corpus must be a corpus the generator accepts as is: zero KZ
/// diagnostics (completeness warnings included) and generated code that compiles; and the maker
/// must be deterministic, or timings at different sizes would not compare like with like.
/// </summary>
public sealed class SyntheticCorpusTests : IDisposable
{
    private const int Articles = 16;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "kz-synthetic-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void Generator_accepts_the_corpus_without_diagnostics()
    {
        var folder = Path.Combine(_root, "seeds");
        SyntheticCorpus.Write(folder, Articles, seed: 42);

        var outcome = GeneratorHarness.Run(Load(folder));

        Assert.True(outcome.DriverDiagnostics.IsEmpty && outcome.CompileErrors.IsEmpty, outcome.Describe());
        // Not vacuous: every article became a typed member.
        var generated = string.Concat(outcome.Sources.Values);
        Assert.All(SyntheticCorpus.Export(Articles, seed: 42).Articles,
            a => Assert.Contains(" " + string.Concat(a.Id.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1))) + " ", generated, StringComparison.Ordinal));
        Assert.Equal(Articles * 2 + 4, Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void Corpus_has_the_promised_shape()
    {
        var export = SyntheticCorpus.Export(Articles, seed: 42);

        Assert.Equal(Articles, export.Articles.Select(a => a.Title).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Articles, export.Articles.Select(a => a.Body).Distinct(StringComparer.Ordinal).Count());
        Assert.All(export.Articles, a => Assert.InRange(a.Quotes.Count, 15, 30));
        Assert.All(export.Articles, a => Assert.InRange(a.Figures.Count, 7, 16));
        Assert.All(export.Articles, a => Assert.InRange(a.Body.Length, 3_000, 9_000));
        Assert.InRange(export.People.Count, 200, 400);
        Assert.All(export.Articles, a => Assert.True(a.Body.Contains('“') && a.Body.Contains('’') && a.Body.Contains('–'), a.Id));
        Assert.Contains(export.People, p => p.Name.Any(c => c > '\u007F'));
        // Large values are written with thousands separators, as real reports write them.
        Assert.All(export.Articles.SelectMany(a => a.Figures).Where(f => f.Value >= 1_000m), f => Assert.Contains(',', f.Text));
    }

    [Fact]
    public void Same_seed_gives_identical_bytes_and_another_seed_other_texts()
    {
        var first = Snapshot(Path.Combine(_root, "a"), seed: 7);
        var again = Snapshot(Path.Combine(_root, "b"), seed: 7);
        var other = Snapshot(Path.Combine(_root, "c"), seed: 8);

        Assert.Equal(first.Keys, again.Keys);
        Assert.All(first, f => Assert.Equal(f.Value, again[f.Key]));
        var firstTexts = first.Where(f => f.Key.EndsWith(".txt", StringComparison.Ordinal)).Select(f => Encoding.UTF8.GetString(f.Value)).ToHashSet(StringComparer.Ordinal);
        var otherTexts = other.Where(f => f.Key.EndsWith(".txt", StringComparison.Ordinal)).Select(f => Encoding.UTF8.GetString(f.Value)).ToList();
        Assert.NotEmpty(otherTexts);
        Assert.DoesNotContain(otherTexts, firstTexts.Contains);
    }

    private Dictionary<string, byte[]> Snapshot(string folder, int seed)
    {
        SyntheticCorpus.Write(folder, Articles, seed);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }

    // The harness works on an in-memory seed set; the files the maker wrote are loaded into one, byte for byte.
    private static SeedSet Load(string folder)
    {
        var seeds = new SeedSet();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "No BOM: " + file);
            seeds = seeds.With(Path.GetRelativePath(folder, file).Replace('\\', '/'), Encoding.UTF8.GetString(bytes));
        }
        return seeds;
    }
}
