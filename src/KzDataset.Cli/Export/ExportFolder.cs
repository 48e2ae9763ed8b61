using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace KzDataset.Cli.Export;

/// <summary>
/// Puts an export in place all at once: the files are written into a hidden sibling folder, which then takes
/// the target's name. A target that exists is replaced only when it is empty or holds nothing but the files of
/// an earlier kz export; anything else there is the user's, and the export is refused before anything is written.
/// A failure at any point leaves the target as it was and removes the staging folder.
/// </summary>
internal static class ExportFolder
{
    /// <summary>Writes into a staging folder with <paramref name="write"/> (which returns the file names it wrote) and moves it into place.</summary>
    public static IReadOnlyList<string> Replace(string target, IReadOnlySet<string> exportFileNames, Func<string, IReadOnlyList<string>> write)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        if (File.Exists(full)) throw new CliException($"'{target}' is a file; give a folder to export into");
        var exists = Directory.Exists(full);
        if (exists && !IsReplaceable(full, exportFileNames))
        {
            throw new CliException($"'{target}' holds files that are not an earlier kz export; choose a new or empty folder");
        }
        var parent = Path.GetDirectoryName(full) ?? throw new CliException($"cannot export into the root folder '{full}'");
        var name = Path.GetFileName(full);
        Directory.CreateDirectory(parent);

        var staging = Path.Combine(parent, $".{name}.kz-export-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var files = write(staging);
            if (exists) Swap(full, staging, Path.Combine(parent, $".{name}.kz-previous-{Guid.NewGuid():N}"));
            else Directory.Move(staging, full);
            return files.Select(f => Path.Combine(target, f)).ToList();
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>True for an empty folder or one holding only files an export writes (no subfolders).</summary>
    public static bool IsReplaceable(string directory, IReadOnlySet<string> exportFileNames) =>
        !Directory.EnumerateDirectories(directory).Any()
        && Directory.EnumerateFiles(directory).All(f => exportFileNames.Contains(Path.GetFileName(f)));

    // The old export is moved aside (not deleted) until the new one is in place, and moved back if that fails.
    private static void Swap(string target, string staging, string previous)
    {
        Directory.Move(target, previous);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(previous, target);
            throw;
        }
        Directory.Delete(previous, recursive: true);
    }
}
