namespace KzDataset.Cli.Export;

/// <summary>What a progress display is told while an export runs.</summary>
internal interface IExportProgress
{
    void Begin(int steps);

    void Starting(string label);

    void Done();
}
