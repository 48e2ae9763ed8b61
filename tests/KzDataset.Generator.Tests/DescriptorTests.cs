using System;
using System.IO;
using System.Linq;
using KzDataset.Core.Diagnostics;
using KzDataset.Generator.Tests.Infrastructure;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>Every diagnostic is tracked for release and documented under its title, with its fix, and exercised by a test.</summary>
public sealed class DescriptorTests
{
    public static TheoryData<string> Ids => new(KzDiagnostics.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Is_tracked_in_the_analyzer_release_file(string id)
    {
        var descriptor = KzDiagnostics.ById(id);
        var release = File.ReadAllText(RepositoryPaths.Combine("generator", "KzDataset.Generator", "ReleaseTracking", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"\n{id} | {descriptor.Category} | {descriptor.Severity} | {descriptor.Title}\n", release.ReplaceLineEndings("\n"));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Is_documented_with_a_section_and_a_table_row(string id)
    {
        var docs = File.ReadAllText(RepositoryPaths.Combine("docs", "diagnostics.md"));
        var rule = KzDiagnostics.ById(id);
        var severity = rule.Severity == KzSeverity.Warning ? "warning" : "error";
        Assert.Contains($"| [{id}](#{id.ToLowerInvariant()}) | {severity} | {rule.Title} |", docs);
        Assert.Contains($"### {id}", docs.Replace("## KZ9999", "### KZ9999"));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Is_triggered_by_a_test(string id)
    {
        var tests = Directory.EnumerateFiles(RepositoryPaths.Combine("tests", "KzDataset.Generator.Tests"), "*Tests.cs")
            .Where(f => !f.EndsWith(nameof(DescriptorTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText);
        Assert.Contains(tests, t => t.Contains(id + "_", StringComparison.Ordinal) || t.Contains("\"" + id, StringComparison.Ordinal));
    }

    [Fact]
    public void Ids_are_unique_and_well_formed()
    {
        var ids = KzDiagnostics.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^KZ[0-9]{4}$", id));
    }
}
