using Spectre.Console;

namespace KzDataset.Cli.Export;

/// <summary>Shows an export's steps as a Spectre.Console progress bar (on a terminal only).</summary>
internal sealed class SpectreExportProgress : IExportProgress
{
    private readonly ProgressContext _context;
    private ProgressTask? _task;

    public SpectreExportProgress(ProgressContext context) => _context = context;

    public void Begin(int steps) => _task = _context.AddTask("export", maxValue: steps);

    public void Starting(string label)
    {
        if (_task is not null) _task.Description = Printable.Markup(label);
    }

    public void Done() => _task?.Increment(1);
}
