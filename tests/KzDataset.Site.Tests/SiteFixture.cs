using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace KzDataset.Site.Tests;

/// <summary>
/// Builds three sites once with `kz site` into a temporary folder (the bundled corpus, a seeds folder
/// with a KZ error, hostile seeds) and launches the machine's chromium headless.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kz-site-tests-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string CorpusSite => Path.Combine(_root, "corpus-site");

    public string ErroredSite => Path.Combine(_root, "errored-site");

    public string HostileSite => Path.Combine(_root, "hostile-site");

    /// <summary>What `kz site` printed for each site, for failure messages.</summary>
    public string BuildLog { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        Build(CorpusSite, seeds: null);
        Build(ErroredSite, ErroredSeeds.WriteTo(Path.Combine(_root, "errored")));
        var hostileSeeds = Path.Combine(_root, "hostile", "seeds");
        HostileSiteSeeds.WriteTo(hostileSeeds);
        Build(HostileSite, hostileSeeds);

        // Without a chromium the tests skip (or fail under CI) one by one, with the reason.
        if (ChromiumLocator.Find() is { } chromium)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true });
        }
    }

    /// <summary>A new page in its own context that records CSP violations (see <see cref="SitePage"/>).</summary>
    public async Task<SitePage> NewPageAsync()
    {
        if (_browser is null)
        {
            if (ChromiumLocator.IsCi)
            {
                Assert.Fail(ChromiumLocator.SetupHint);
            }
            Assert.Skip(ChromiumLocator.SetupHint);
        }
        return await SitePage.OpenAsync(_browser);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not a test failure.
        }
    }

    private void Build(string site, string? seeds)
    {
        string[] args = seeds is null ? ["site", "--out", site] : ["site", "--out", site, "--seeds", seeds];
        var (exit, output, error) = Kz.Run(args);
        BuildLog += $"kz {string.Join(' ', args)}: exit {exit}\n{output}{error}\n";
        if (!File.Exists(Path.Combine(site, "index.html")))
        {
            throw new InvalidOperationException("kz site wrote no index.html:\n" + BuildLog);
        }
    }
}
