namespace KzDataset.Core.Common;

/// <summary>
/// Where a diagnostic points in a seed file, as plain values (a Roslyn Location is not equatable
/// across runs and must not enter the pipeline). Lines and columns are zero-based.
/// </summary>
public readonly record struct SourceLocation(
    string? Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The first character of a file: for file-level problems.</summary>
    public static SourceLocation FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);
}
