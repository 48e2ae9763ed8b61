using System;
using System.Collections.Generic;

namespace KzDataset.Format;

/// <summary>
/// Where the lines of a text start. \n, \r\n and a lone \r each
/// end a line, so the generator's diagnostics and <c>TextSpan.Line</c> count lines the same way.
/// </summary>
public static class LineStarts
{
    /// <summary>The offset at which each line of <paramref name="text"/> starts.</summary>
    public static int[] Of(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }

    /// <summary>Zero-based line of an offset.</summary>
    public static int LineOf(int[] starts, int offset)
    {
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : ~index - 1;
    }
}
