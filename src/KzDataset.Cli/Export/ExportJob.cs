using System;
using System.Collections.Generic;

namespace KzDataset.Cli.Export;

/// <summary>The steps of one export and what to release when they end, whether they succeed or fail.</summary>
internal sealed class ExportJob : IDisposable
{
    private readonly Action? _release;

    public ExportJob(IReadOnlyList<ExportStep> steps, Action? release = null)
    {
        Steps = steps;
        _release = release;
    }

    public IReadOnlyList<ExportStep> Steps { get; }

    public void Dispose() => _release?.Invoke();
}
