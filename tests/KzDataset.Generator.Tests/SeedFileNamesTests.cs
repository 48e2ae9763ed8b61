using KzDataset.Core.Parsing;
using Xunit;

namespace KzDataset.Generator.Tests;

/// <summary>The file name and the base name a text and its sidecar share, from paths of either separator.</summary>
public sealed class SeedFileNamesTests
{
    [Theory]
    [InlineData("/repo/seeds/001_a.json", "001_a.json", "001_a")]
    [InlineData(@"C:\repo\seeds\001_a.txt", "001_a.txt", "001_a")]
    [InlineData(@"C:\repo/seeds\001_a.txt", "001_a.txt", "001_a")]
    [InlineData("001_a.txt", "001_a.txt", "001_a")]
    [InlineData("/001_a.txt", "001_a.txt", "001_a")]
    [InlineData("seeds/001.a.json", "001.a.json", "001.a")]
    [InlineData("seeds/.json", ".json", ".json")]
    [InlineData("seeds/README", "README", "README")]
    [InlineData("seeds/", "", "")]
    public void A_path_gives_its_file_name_and_base_name(string path, string fileName, string baseName)
    {
        Assert.Equal(fileName, SeedFileNames.FileName(path));
        Assert.Equal(baseName, SeedFileNames.BaseName(path));
    }
}
