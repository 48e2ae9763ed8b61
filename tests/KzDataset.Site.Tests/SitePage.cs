using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace KzDataset.Site.Tests;

/// <summary>
/// A browser page of the site, opened from disk (file://), that records every Content-Security-Policy
/// violation and console error, so a test can assert that the site's own files all loaded under its policy.
/// </summary>
public sealed class SitePage : IAsyncDisposable
{
    // Runs before any script of the page (Playwright injects it outside the page's CSP).
    private const string RecordViolations = """
        window.__kzCsp = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__kzCsp.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile }));
        """;

    private readonly IBrowserContext _context;
    private readonly List<string> _consoleErrors = [];

    private SitePage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_consoleErrors)
                {
                    _consoleErrors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_consoleErrors)
            {
                _consoleErrors.Add("page error: " + error);
            }
        };
    }

    public IPage Page { get; }

    public static async Task<SitePage> OpenAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        await context.AddInitScriptAsync(RecordViolations);
        return new SitePage(context, await context.NewPageAsync());
    }

    /// <summary>Opens a file of a built site and waits for it (and its scripts) to load.</summary>
    public async Task GotoAsync(string site, string relativePath)
    {
        var path = Path.Combine(site, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Assert.True(File.Exists(path), "the site has no " + relativePath);
        await Page.GotoAsync(new Uri(path).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
    }

    /// <summary>The CSP violations of the current document, as "directive blocked (source)".</summary>
    public async Task<IReadOnlyList<string>> CspViolationsAsync()
    {
        var json = await Page.EvaluateAsync<JsonElement>("() => window.__kzCsp || []");
        return json.EnumerateArray()
            .Select(v => $"{v.GetProperty("directive").GetString()} blocked {v.GetProperty("blocked").GetString()} ({v.GetProperty("source").GetString()})")
            .ToList();
    }

    /// <summary>
    /// The page loaded the site's own files under its policy: nothing was refused, no error was logged, and
    /// site.css is attached (a refused sheet is not); site.js is proven by the behaviour each test drives.
    /// </summary>
    public async Task AssertCleanLoadAsync()
    {
        var violations = await CspViolationsAsync();
        Assert.True(violations.Count == 0, "CSP violations: " + string.Join("; ", violations));
        string[] errors;
        lock (_consoleErrors)
        {
            errors = [.. _consoleErrors];
        }
        Assert.True(errors.Length == 0, "console errors: " + string.Join("; ", errors));
        var sheets = await Page.EvaluateAsync<int>("() => [...document.styleSheets].filter(s => s.href && s.href.endsWith('/site.css')).length");
        Assert.True(sheets == 1, "site.css was not applied");
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
