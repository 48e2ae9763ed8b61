using System.Linq;
using System.Xml.Linq;
using KzDataset.Core.Parsing;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>The seeds folder's layout: which file is a text, a sidecar or a registry, for every reader but MSBuild.</summary>
public sealed class SeedLayoutTests
{
    [Theory]
    [InlineData("001_a.txt", "text")]
    [InlineData("001_a.json", "sidecar")]
    [InlineData("registry/people.json", "registry")]
    [InlineData(@"registry\people.json", "registry")]
    [InlineData("article.schema.json", null)]
    [InlineData("registry/people.schema.json", null)]
    [InlineData("registry/notes.txt", null)]
    [InlineData("registry/drafting.json", null)]
    [InlineData("drafts/001_a.json", null)]
    [InlineData("drafts/001_a.txt", null)]
    [InlineData("registry/old/people.json", null)]
    [InlineData("README.md", null)]
    [InlineData("001_a.TXT", null)]
    [InlineData("registry/", null)]
    [InlineData("", null)]
    [InlineData("/001_a.txt", null)]
    public void A_path_under_the_seeds_folder_has_one_kind(string relativePath, string? expected)
        => Assert.Equal(expected, SeedKinds.Name(SeedLayout.KindOf(relativePath)));

    [Theory]
    [InlineData("/repo/seeds", "/repo/seeds/001_a.txt", "text")]
    [InlineData("/repo/seeds/", "/repo/seeds/registry/units.json", "registry")]
    [InlineData(@"C:\repo\seeds", @"C:\repo\seeds\001_a.json", "sidecar")]
    [InlineData("/repo/seeds", "/repo/seeds-old/001_a.txt", null)]
    [InlineData("/repo/seeds", "/repo/001_a.txt", null)]
    [InlineData("/repo/seeds", "/other/seeds/001_a.txt", null)]
    [InlineData("/repo/seeds", "/elsewhere/a001_a.txt", null)]
    [InlineData("/repo/seeds", "/other/repo/seeds/registry/units.json", null)]
    public void A_full_path_is_read_relative_to_the_seeds_folder(string folder, string path, string? expected)
        => Assert.Equal(expected, SeedKinds.Name(SeedLayout.KindOf(folder, path)));

    [Theory]
    [InlineData("text")]
    [InlineData("sidecar")]
    [InlineData("registry")]
    public void Every_kind_round_trips_through_its_metadata_value(string name)
    {
        Assert.NotEqual(SeedKind.None, SeedKinds.Parse(name));
        Assert.Equal(name, SeedKinds.Name(SeedKinds.Parse(name)));
    }

    [Fact]
    public void None_has_no_metadata_value() => Assert.Null(SeedKinds.Name(SeedKind.None));

    /// <summary>MSBuild cannot call the rule, so the package's targets repeat it as globs; this keeps the two in step.</summary>
    [Fact]
    public void The_package_targets_glob_the_same_layout()
    {
        var targets = XDocument.Load(RepositoryPaths.Combine("generator", "KzDataset.Generator", "buildTransitive", "KzDataset.Generator.targets"));
        string Glob(string item, string attribute)
            => targets.Root!.Descendants(item).Single().Attribute(attribute)!.Value.Replace("$(_KzSeeds)", string.Empty);

        Assert.Equal("*.txt", Glob("_KzText", "Include"));
        Assert.Equal("*.json", Glob("_KzSidecar", "Include"));
        Assert.Equal("*.schema.json", Glob("_KzSidecar", "Exclude"));
        Assert.Equal(SeedLayout.RegistryFolder + "/*.json", Glob("_KzRegistry", "Include"));
        Assert.Equal(SeedLayout.RegistryFolder + "/*.schema.json;" + SeedLayout.RegistryFolder + "/" + SeedLayout.DraftingRulesFile, Glob("_KzRegistry", "Exclude"));
    }
}
