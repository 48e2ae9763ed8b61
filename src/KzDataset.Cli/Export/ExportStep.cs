using System;

namespace KzDataset.Cli.Export;

/// <summary>One step of an export: a label for the progress display, and the work, given the folder being written (returns the file name written, if any).</summary>
internal sealed record ExportStep(string Label, Func<string, string?> Run);
