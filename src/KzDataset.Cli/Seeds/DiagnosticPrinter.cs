
using System.Globalization;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;

namespace KzDataset.Cli.Seeds;

/// <summary>Prints a KZ diagnostic as the build does: <c>path(line,col): error KZ0100: message</c>.</summary>
internal static class DiagnosticPrinter
{
    /// <param name="diagnostic">The diagnostic.</param>
    /// <param name="folder">Shown in place of a file for corpus-wide diagnostics, which belong to none.</param>
    public static string Format(DiagnosticInfo diagnostic, string folder)
    {
        var location = diagnostic.Location;
        var where = location.Path is { Length: > 0 } path
            ? string.Create(CultureInfo.InvariantCulture, $"{path}({location.StartLine + 1},{location.StartColumn + 1})")
            : folder;
        var severity = diagnostic.Rule.Severity == KzSeverity.Error ? "error" : "warning";
        return $"{where}: {severity} {diagnostic.Id}: {diagnostic.Message}";
    }
}
