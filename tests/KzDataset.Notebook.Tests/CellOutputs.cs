using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.DotNet.Interactive.Documents;

namespace KzDataset.Notebook.Tests;

/// <summary>
/// The outputs of one cell as the text they are compared by: every stream and every text mime type verbatim
///, an image only as its kind, checked to be a real PNG.
/// </summary>
internal static class CellOutputs
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static string Describe(IEnumerable<InteractiveDocumentOutputElement> outputs)
    {
        var text = new StringBuilder();
        foreach (var output in outputs)
        {
            switch (output)
            {
                case TextElement stream:
                    text.Append('[').Append(stream.Name).Append("]\n").Append(stream.Text).Append('\n');
                    break;
                case DisplayElement or ReturnValueElement:
                    var kind = output is ReturnValueElement ? "result" : "display";
                    foreach (var (mimeType, value) in Data(output).OrderBy(d => d.Key, StringComparer.Ordinal))
                    {
                        text.Append('[').Append(kind).Append(' ').Append(mimeType).Append("]\n").Append(Describe(mimeType, Join(value))).Append('\n');
                    }
                    break;
                case ErrorElement error:
                    text.Append("[error]\n").Append(error.ErrorValue).Append('\n');
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>The size in characters of the largest display (one mime bundle) among the outputs.</summary>
    public static int LargestDisplay(IEnumerable<InteractiveDocumentOutputElement> outputs) =>
        outputs.Select(o => Data(o).Values.Sum(v => Join(v).Length)).DefaultIfEmpty(0).Max();

    /// <summary>The mime bundle of a display or a cell's result (none for the other outputs).</summary>
    public static IDictionary<string, object> Data(InteractiveDocumentOutputElement output) => output switch
    {
        DisplayElement display => display.Data,
        ReturnValueElement returned => returned.Data,
        _ => new Dictionary<string, object>(),
    };

    /// <summary>A value as the notebook file holds it: one string, or the lines of one.</summary>
    public static string Join(object value) => value switch
    {
        string s => s,
        IEnumerable<string> lines => string.Concat(lines),
        IEnumerable<object> lines => string.Concat(lines.Select(l => l.ToString())),
        _ => value.ToString() ?? "",
    };

    private static string Describe(string mimeType, string value)
    {
        if (!mimeType.StartsWith("image/", StringComparison.Ordinal))
        {
            return value;
        }
        // Images are drawn anew on every run (fonts, anti-aliasing); what must hold is that one is there.
        var bytes = Convert.FromBase64String(value.Trim());
        if (mimeType != "image/png" || !bytes.AsSpan().StartsWith(PngSignature))
        {
            throw new Xunit.Sdk.XunitException($"An {mimeType} output is not a PNG image.");
        }
        return "(a PNG image)";
    }
}
