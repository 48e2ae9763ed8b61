using System;
using KzDataset.Core.Common;
using KzDataset.Core.Diagnostics;

namespace KzDataset.Core.Steps;

/// <summary>
/// Keeps the generator from throwing: the steps that read seeds (texts, sidecars, registry files), resolve,
/// link, build records and check the corpus run through <see cref="Run"/>.
/// </summary>
internal static class StepGuard
{
    /// <summary>
    /// Runs a step; an unexpected exception becomes a KZ9999 diagnostic on the file instead of
    /// CS8785 (which would drop the whole generator's output). Cancellation still propagates.
    /// </summary>
    public static T Run<T>(string path, Func<T> step, Func<DiagnosticInfo, T> onFailure)
    {
        try
        {
            return step();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var location = path.IndexOfAny(new[] { '/', '\\', '.' }) >= 0 ? SourceLocation.FileStart(path) : default;
            return onFailure(DiagnosticInfo.Create(KzDiagnostics.GeneratorFailure, location, path, ex.GetType().Name + ": " + ex.Message));
        }
    }
}
