using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using KzDataset.Testing;
using Microsoft.DotNet.Interactive.Documents;
using Xunit;
using Jupyter = Microsoft.DotNet.Interactive.Documents.Jupyter.Notebook;

namespace KzDataset.Notebook.Tests;

/// <summary>
/// Every notebook under notebooks/ runs, cell by cell, in the C# kernel with the packages of this repository, and
/// must give the outputs it was committed with. <c>KZ_ACCEPT_NOTEBOOKS=1</c> writes the fresh outputs into the
/// notebooks instead (ignored when <c>CI=true</c>): that is how the committed outputs are made.
/// </summary>
public sealed class NotebookTests(PackageFeed feed)
{
    /// <summary>The project's limit for one display: a notebook must stay readable on a code host.</summary>
    private const int LargestDisplayAllowed = 200 * 1024;

    private static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(5);

    public static TheoryData<string> Notebooks() => new(NotebookPaths.Notebooks());

    /// <summary>The notebooks notebooks/README.md describes, so a notebook that is removed or renamed is noticed.</summary>
    [Fact]
    public void The_notebooks_are_the_ones_the_readme_lists()
    {
        var readme = File.ReadAllText(Path.Combine(NotebookPaths.Folder, "README.md"));
        var listed = System.Text.RegularExpressions.Regex.Matches(readme, @"\(([0-9]{2}-[a-z-]+\.ipynb)\)").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(listed, NotebookPaths.Notebooks());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_gives_its_committed_outputs(string name)
    {
        var path = Path.Combine(NotebookPaths.Folder, name);
        var document = Jupyter.Parse(File.ReadAllText(path));
        KernelEnvironment.UseFeed(feed);

        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        var largestDisplay = 0;
        using (var kernel = new NotebookKernel())
        {
            var cellNumber = 0;
            foreach (var cell in document.Elements)
            {
                cellNumber++;
                if (cell.KernelName is "markdown" or null)
                {
                    continue;
                }
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
                timeout.CancelAfter(CellTimeout);
                var run = await kernel.RunAsync(cell.Contents, timeout.Token);
                var fresh = run.Outputs;

                failures.AddRange(run.Errors.Select(e => $"Cell {cellNumber} failed: {e}"));
                var expected = CellOutputs.Describe(cell.Outputs);
                var actual = CellOutputs.Describe(fresh);
                if (expected != actual)
                {
                    failures.Add($"Cell {cellNumber} gave other outputs than the committed ones (- committed, + now):\n{Diff(expected, actual)}");
                }
                largestDisplay = Math.Max(largestDisplay, CellOutputs.LargestDisplay(fresh));

                cell.ExecutionOrder = run.ExecutionCount;
                cell.Outputs.Clear();
                cell.Outputs.AddRange(fresh);
            }
        }
        clock.Stop();

        if (AcceptMode)
        {
            File.WriteAllText(path, Jupyter.ToJupyterJson(document) + "\n", new UTF8Encoding(false));
            failures.RemoveAll(f => !f.Contains(" failed: ", StringComparison.Ordinal));
        }
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{name}: {document.Elements.Count} cells, {new FileInfo(path).Length} bytes, largest display {largestDisplay} characters, ran in {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.True(failures.Count == 0, string.Join("\n\n", failures)
            + "\n\nIf the new outputs are right, run the test with KZ_ACCEPT_NOTEBOOKS=1 to write them into the notebook.");
        Assert.True(largestDisplay <= LargestDisplayAllowed, $"{name} has a display of {largestDisplay} characters; at most {LargestDisplayAllowed} are allowed.");
    }

    private static bool AcceptMode =>
        Environment.GetEnvironmentVariable("KZ_ACCEPT_NOTEBOOKS") == "1" && Environment.GetEnvironmentVariable("CI") != "true";

    private static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual).Lines
            .Where(l => l.Type != ChangeType.Unchanged)
            .Take(40)
            .Select(l => (l.Type == ChangeType.Deleted ? "- " : "+ ") + l.Text);
        return string.Join("\n", lines);
    }
}
