using System;
using System.Text.Json;
using KzDataset.Synthetic.Model;

namespace KzDataset.Synthetic;

/// <summary>
/// Writes an anchor the way the generator resolves it: an exact quotation, with "occurrence"
/// when it occurs more than once (counted as the generator counts, ordinal and overlapping);
/// long spans as start/end when the end quotation's first match after the start is the span's end.
/// </summary>
internal static class Anchors
{
    private const int LongSpan = 240;

    public static void Write(Utf8JsonWriter json, string text, Span span)
    {
        var exact = text.Substring(span.Start, span.Length);
        if (span.Length > LongSpan)
        {
            var start = exact.Substring(0, 40);
            var end = exact.Substring(exact.Length - 30);
            if (text.IndexOf(end, span.Start + start.Length, StringComparison.Ordinal) == span.End - end.Length)
            {
                json.WriteString("start", start);
                json.WriteString("end", end);
                WriteOccurrence(json, text, start, span.Start);
                return;
            }
        }
        json.WriteString("exact", exact);
        WriteOccurrence(json, text, exact, span.Start);
    }

    private static void WriteOccurrence(Utf8JsonWriter json, string text, string quotation, int at)
    {
        var count = 0;
        var before = 0;
        for (var i = text.IndexOf(quotation, StringComparison.Ordinal); i >= 0; i = text.IndexOf(quotation, i + 1, StringComparison.Ordinal))
        {
            count++;
            if (i < at) before++;
        }
        if (count == 0) throw new InvalidOperationException("Anchor not in its text: " + quotation);
        if (count > 1) json.WriteNumber("occurrence", before + 1);
    }
}
