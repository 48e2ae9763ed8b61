using System.Collections.Generic;
using KzDataset.Core.Common;

namespace KzDataset.Core.Text;

/// <summary>Maps character offsets of one text to zero-based lines and columns (line ends: <see cref="KzDataset.Format.LineStarts"/>).</summary>
internal sealed class LineIndex
{
    private readonly int[] _lineStarts;

    public LineIndex(string text)
    {
        Text = text;
        _lineStarts = KzDataset.Format.LineStarts.Of(text);
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>Zero-based line of an offset.</summary>
    public int LineOf(int offset)
    {
        return KzDataset.Format.LineStarts.LineOf(_lineStarts, offset);
    }

    public (int Line, int Column) PositionOf(int offset)
    {
        var line = LineOf(offset);
        return (line, offset - _lineStarts[line]);
    }

    /// <summary>The text of one line without its line break.</summary>
    public string LineText(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text.Substring(start, end - start);
    }

    public SourceLocation Locate(string path, int start, int length)
    {
        var (startLine, startColumn) = PositionOf(start);
        var (endLine, endColumn) = PositionOf(start + length);
        return new SourceLocation(path, start, length, startLine, startColumn, endLine, endColumn);
    }
}
