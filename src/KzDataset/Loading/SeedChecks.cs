using System.Collections.Generic;
using System.IO;
using System.Linq;
using KzDataset.Generator.Common;
using KzDataset.Generator.Diagnostics;

namespace KzDataset;

/// <summary>Thrown when an embedded seed file no longer passes the checks the build ran on it (a tampered or mismatched assembly).</summary>
internal static class SeedChecks
{
    public static void ThrowOnErrors(string what, IEnumerable<DiagnosticInfo> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Rule.Severity == KzSeverity.Error).ToList();
        if (errors.Count == 0) return;
        throw new InvalidDataException($"The embedded {what} does not pass the checks the build ran on it: " +
            string.Join("; ", errors.Take(3).Select(e => $"{e.Id}: {e.Message}")));
    }
}
