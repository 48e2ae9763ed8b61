using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KzDataset.Core.Steps;
using KzDataset.Core.Common;
using KzDataset.Core.Parsing;

namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the seed checks on a <see cref="SeedSet"/> without Roslyn (the steps the generator's
/// pipeline runs, in sequence), so tests of single steps take milliseconds, and formats the
/// diagnostics as the build prints them, for exact comparison.
/// </summary>
internal static class SeedChecks
{
    /// <param name="seeds">The files.</param>
    /// <param name="kindOf">What each file is; by default what the seeds folder's layout makes it (a project can mark other files itself).</param>
    public static SeedCheckResult Run(SeedSet seeds, System.Func<string, SeedKind>? kindOf = null)
        => SeedCheck.Run(seeds.ToAdditionalTexts()
            .Select(t => new SeedCheckFile(t.Path, (kindOf ?? KindByLayout)(t.Path), t.GetText()!.ToString()))
            .Where(f => f.Kind != SeedKind.None));

    /// <summary>What the seeds folder's layout makes a file (the default of <see cref="Run"/>).</summary>
    public static SeedKind KindByLayout(string path) => SeedKinds.Parse(TestAnalyzerOptions.SeedKindByLayout(path));

    /// <summary>Every diagnostic as "KZ0000 file(line,column): message", in the order the corpus step sorted them.</summary>
    public static string[] Lines(SeedCheckResult result) => result.Diagnostics.Select(Line).ToArray();

    public static string[] Lines(IEnumerable<DiagnosticInfo> diagnostics) => diagnostics.Select(Line).ToArray();

    /// <summary>The lines of the diagnostics located in one file (its path relative to the seeds folder).</summary>
    public static string[] LinesIn(SeedCheckResult result, string relativePath)
        => Lines(result.Diagnostics.Where(d => d.Location.Path == SeedSet.PathOf(relativePath)));

    public static string Line(DiagnosticInfo diagnostic)
    {
        var location = diagnostic.Location;
        var file = (location.Path ?? string.Empty).StartsWith(SeedSet.Folder, System.StringComparison.Ordinal)
            ? location.Path!.Substring(SeedSet.Folder.Length)
            : location.Path;
        return string.Create(CultureInfo.InvariantCulture,
            $"{diagnostic.Id} {file}({location.StartLine + 1},{location.StartColumn + 1}): {diagnostic.Message}");
    }
}
