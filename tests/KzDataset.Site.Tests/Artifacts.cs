using System.IO;
using System.Text;
using System.Threading.Tasks;
using KzDataset.Testing;
using Microsoft.Playwright;
using Xunit;

namespace KzDataset.Site.Tests;

/// <summary>
/// What the browser tests leave for a person to look at: full-page screenshots and the accessibility
/// results, in TestResults/site-screenshots/ of the repository (CI keeps TestResults as artifacts).
/// </summary>
internal static class Artifacts
{
    public static string Folder { get; } = RepositoryPaths.Combine("TestResults", "site-screenshots");

    /// <summary>A PNG of the whole page, or of what the window shows (<paramref name="fullPage"/> false).</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(Folder, name + ".png");
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        Report(path);
        return path;
    }

    public static string WriteText(string fileName, string content)
    {
        var path = Path.Combine(Folder, fileName);
        Directory.CreateDirectory(Folder);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        Report(path);
        return path;
    }

    private static void Report(string path)
    {
        TestContext.Current.TestOutputHelper?.WriteLine("artifact: " + path);
        System.Console.WriteLine("artifact: " + path);
    }
}
