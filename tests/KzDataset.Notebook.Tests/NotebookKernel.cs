using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace KzDataset.Notebook.Tests;

/// <summary>
/// The C# kernel of Polyglot Notebooks, hosted in process and set up as the dotnet-interactive tool sets up its
/// C# kernel: <c>#r "nuget: …"</c> and <c>#i "nuget: …"</c>, the kernel helpers (<c>display</c>), and the
/// kernel extensions of referenced packages. One per notebook: cells share their variables, as in an editor.
/// </summary>
internal sealed class NotebookKernel : IDisposable
{
    private readonly CompositeKernel _kernel;
    private int _executionCount;

    public NotebookKernel()
    {
        // forceRestore: every run restores for real instead of reusing the dependency manager's cached answer.
        var csharp = new CSharpKernel()
            .UseNugetDirective((kernel, references) =>
            {
                kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            }, forceRestore: true)
            .UseKernelHelpers();
        _kernel = new CompositeKernel { csharp };
        _kernel.DefaultKernelName = csharp.Name;
        _kernel.UsePackageExtensions();
    }

    /// <summary>Runs one cell and returns its outputs in the order an editor shows them.</summary>
    public async Task<CellRun> RunAsync(string code, CancellationToken cancellationToken)
    {
        var result = await _kernel.SendAsync(new SubmitCode(code, "csharp"), cancellationToken);
        _executionCount++;

        var outputs = new List<InteractiveDocumentOutputElement>();
        var displays = new Dictionary<string, DisplayElement>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var kernelEvent in result.Events)
        {
            switch (kernelEvent)
            {
                case StandardOutputValueProduced stdout:
                    AppendStream(outputs, "stdout", Text(stdout.FormattedValues));
                    break;
                case StandardErrorValueProduced stderr:
                    AppendStream(outputs, "stderr", Text(stderr.FormattedValues));
                    break;
                case DisplayedValueUpdated update when update.ValueId is not null && displays.TryGetValue(update.ValueId, out var shown):
                    // An update (the package install's progress, then its result) replaces what the display showed.
                    shown.Data.Clear();
                    foreach (var value in update.FormattedValues)
                    {
                        shown.Data[value.MimeType] = value.Value;
                    }
                    break;
                case DisplayedValueProduced display:
                    var element = new DisplayElement(display.FormattedValues.ToDictionary(v => v.MimeType, v => (object)v.Value, StringComparer.Ordinal));
                    if (display.ValueId is not null)
                    {
                        displays[display.ValueId] = element;
                    }
                    outputs.Add(element);
                    break;
                case ReturnValueProduced returned:
                    var returnValue = new ReturnValueElement { ExecutionOrder = _executionCount };
                    foreach (var value in returned.FormattedValues)
                    {
                        returnValue.Data[value.MimeType] = value.Value;
                    }
                    outputs.Add(returnValue);
                    break;
                case ErrorProduced error:
                    errors.Add(error.Message);
                    outputs.Add(new ErrorElement(error.Message, "Error"));
                    break;
                case CommandFailed failed:
                    errors.Add(failed.Message);
                    outputs.Add(new ErrorElement(failed.Message, "Error"));
                    break;
            }
        }
        return new CellRun(_executionCount, outputs, errors);
    }

    public void Dispose() => _kernel.Dispose();

    private static string Text(IEnumerable<FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? string.Concat(values.Select(v => v.Value));

    // Consecutive writes to one stream are one output, as Jupyter shows them.
    private static void AppendStream(List<InteractiveDocumentOutputElement> outputs, string name, string text)
    {
        if (outputs.Count > 0 && outputs[^1] is TextElement last && last.Name == name)
        {
            outputs[^1] = new TextElement(last.Text + text, name);
        }
        else
        {
            outputs.Add(new TextElement(text, name));
        }
    }
}

/// <summary>What one cell did: its execution count, its outputs and the errors among them.</summary>
internal sealed record CellRun(int ExecutionCount, IReadOnlyList<InteractiveDocumentOutputElement> Outputs, IReadOnlyList<string> Errors);
