using System;
using System.Collections.Generic;
using System.Threading;

namespace KzDataset.Cli.Export;

/// <summary>Runs an export into a staging folder and puts it in place (<see cref="ExportFolder"/>).</summary>
internal static class ExportRunner
{
    /// <summary>Called after each step with the step's label; tests set it to make an export fail midway.</summary>
    internal static readonly AsyncLocal<Action<string>?> AfterStep = new();

    /// <summary>Writes <paramref name="format"/> into <paramref name="target"/>; returns the paths of the files written.</summary>
    /// <param name="onStep">Told each step's label before it starts and once it is done, for a progress display.</param>
    public static IReadOnlyList<string> Run(Corpus corpus, string format, string target, string packageName, IExportProgress? onStep = null)
    {
        using var job = ExportPlan.For(corpus, format, packageName);
        return ExportFolder.Replace(target, ExportFormats.FileNames, staging =>
        {
            var files = new List<string>();
            onStep?.Begin(job.Steps.Count);
            foreach (var step in job.Steps)
            {
                onStep?.Starting(step.Label);
                if (step.Run(staging) is { } file) files.Add(file);
                AfterStep.Value?.Invoke(step.Label);
                onStep?.Done();
            }
            return files;
        });
    }
}
