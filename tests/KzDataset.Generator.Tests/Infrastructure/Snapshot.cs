using System;
using System.IO;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using KzDataset.Testing;
using Xunit;

namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing in the Verify workflow (Verify.SourceGenerators is not in the package
/// registry here): the approved output is a committed <c>*.verified.cs</c>; a mismatch writes
/// <c>*.received.cs</c> beside it and fails with a readable diff (DiffPlex). To accept, review
/// the diff and rerun with <c>KZ_ACCEPT_SNAPSHOTS=1</c>, or rename the received file. Never
/// accepted when <c>CI=true</c>.
/// </summary>
internal static class Snapshot
{
    private const int ContextLines = 3;

    public static string Directory => RepositoryPaths.Combine("tests", "KzDataset.Generator.Tests", "Snapshots");

    public static void Verify(string name, string actual)
    {
        actual = Normalize(actual);
        var verifiedPath = Path.Combine(Directory, name + ".verified.cs");
        var receivedPath = Path.Combine(Directory, name + ".received.cs");
        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;

        if (expected == actual)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        if (ShouldAccept)
        {
            File.WriteAllText(verifiedPath, actual);
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        var message = new StringBuilder();
        message.AppendLine(expected is null
            ? $"No approved snapshot {name}.verified.cs yet."
            : $"Snapshot {name} differs from {name}.verified.cs:");
        if (expected is not null) message.Append(Diff(expected, actual));
        message.AppendLine($"Received: {receivedPath}");
        message.AppendLine("Review it; to accept, rerun with KZ_ACCEPT_SNAPSHOTS=1 (ignored when CI=true) or rename it to .verified.cs.");
        Assert.Fail(message.ToString());
    }

    private static bool ShouldAccept
        => Environment.GetEnvironmentVariable("KZ_ACCEPT_SNAPSHOTS") == "1"
           && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A unified-style diff: changed lines with a few lines of context, '-' expected, '+' received.</summary>
    public static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var lines = diff.Lines;
        var output = new StringBuilder();
        var lastPrinted = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged) continue;
            var from = Math.Max(Math.Max(0, i - ContextLines), lastPrinted + 1);
            if (from > lastPrinted + 1 && lastPrinted >= 0) output.AppendLine("   …");
            for (var j = from; j <= i; j++)
            {
                output.AppendLine(Prefix(lines[j].Type) + lines[j].Text);
            }
            lastPrinted = i;
            var to = Math.Min(lines.Count - 1, i + ContextLines);
            for (var j = i + 1; j <= to && lines[j].Type == ChangeType.Unchanged; j++)
            {
                output.AppendLine(Prefix(lines[j].Type) + lines[j].Text);
                lastPrinted = j;
            }
        }
        return output.ToString();
    }

    private static string Prefix(ChangeType type) => type switch
    {
        ChangeType.Deleted => " - ",
        ChangeType.Inserted => " + ",
        ChangeType.Modified => " ~ ",
        _ => "   ",
    };

    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
