using System.IO;

namespace KzDataset.Cli.Site;

/// <summary>The site's stylesheet and script, embedded in the tool (Site/Assets/) and written as they are.</summary>
internal static class SiteAssets
{
    public static string Read(string name)
    {
        using var stream = typeof(SiteAssets).Assembly.GetManifestResourceStream("KzDataset.Cli.Site.Assets." + name)
            ?? throw new FileNotFoundException("the tool is missing its embedded " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
