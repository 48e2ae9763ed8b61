using System;
using System.IO;

namespace KzDataset.Site.Tests;

/// <summary>
/// Finds the chromium the browser tests drive: KZ_CHROMIUM, else Debian's /usr/bin/chromium
/// (what .ci/setup installs). Playwright's own browser download is never used.
/// </summary>
internal static class ChromiumLocator
{
    public const string SetupHint = "no chromium found (KZ_CHROMIUM or /usr/bin/chromium): run .ci/setup";

    /// <summary>The executable, or null when there is none.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("KZ_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // A configured path that is wrong is reported as missing rather than silently replaced.
            return File.Exists(configured) ? configured : null;
        }
        return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
    }

    /// <summary>Under CI a missing browser is a failure, elsewhere a reason to skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
