using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KzDataset.Generator.Common;

/// <summary>
/// Where a diagnostic points in a seed file, as plain values (a <see cref="Location"/> is not
/// equatable across runs and must not enter the pipeline).
/// </summary>
internal readonly record struct SourceLocation(
    string? Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>A Roslyn location; <see cref="Location.None"/> for corpus-wide problems that belong to no file.</summary>
    public Location ToLocation() => Path is not { Length: > 0 } path ? Location.None : Location.Create(
        path,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

    /// <summary>The first character of a file: for file-level problems.</summary>
    public static SourceLocation FileStart(string path) => new(path, 0, 0, 0, 0, 0, 0);
}
