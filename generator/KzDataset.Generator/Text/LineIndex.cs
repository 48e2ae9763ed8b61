using System.Collections.Generic;
using KzDataset.Generator.Common;

namespace KzDataset.Generator.Text;

/// <summary>Maps character offsets of one text to zero-based lines and columns (\n, \r\n and \r end a line).</summary>
internal sealed class LineIndex
{
    private readonly List<int> _lineStarts = new() { 0 };

    public LineIndex(string text)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                _lineStarts.Add(i + 1);
            }
            else if (c == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Count;

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>Zero-based line of an offset.</summary>
    public int LineOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
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
        var end = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] : Text.Length;
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
