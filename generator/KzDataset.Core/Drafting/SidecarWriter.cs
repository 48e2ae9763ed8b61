using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KzDataset.Core.Text;

namespace KzDataset.Core.Drafting;

/// <summary>
/// Writes a drafted sidecar in the layout the bundled sidecars use: one property per line at the
/// top, one entry per line in the lists, "review" last in every entry the draft wrote.
/// </summary>
internal sealed class SidecarWriter
{
    private readonly StringBuilder _json = new();
    private readonly AnchorWriter _anchors;
    private bool _firstProperty = true;

    public SidecarWriter(AnchorWriter anchors)
    {
        _anchors = anchors;
        _json.Append('{');
    }

    /// <summary>The number of "review" properties written.</summary>
    public int Reviews { get; private set; }

    public void Property(string name, object? value)
    {
        if (value is null) return;
        NextProperty(name);
        Value(value);
        if (name == "review") Reviews++;
    }

    /// <summary>An object on one line: its fields in order, null ones left out; a "review" field is counted.</summary>
    public void Object(string name, IEnumerable<(string Name, object? Value)> fields)
    {
        NextProperty(name);
        Inline(fields);
    }

    public void List(string name, IReadOnlyList<DraftItem> items)
    {
        if (items.Count == 0) return;
        NextProperty(name);
        _json.Append("[\n");
        for (var i = 0; i < items.Count; i++)
        {
            _json.Append("    ");
            Inline(Entry(items[i]));
            _json.Append(i + 1 < items.Count ? ",\n" : "\n");
        }
        _json.Append("  ]");
    }

    public string Finish() => _json.Append("\n}\n").ToString();

    /// <summary>An entry's fields: the anchor, the item's fields, then "review".</summary>
    public IEnumerable<(string Name, object? Value)> Entry(DraftItem item)
    {
        foreach (var field in _anchors.Anchor(item.Range, item.LongSpan)) yield return field;
        foreach (var field in item.Fields) yield return field;
        yield return ("review", item.Review);
    }

    /// <summary>One entry as JSON on one line (for appending to an existing sidecar).</summary>
    public static string InlineEntry(IEnumerable<(string Name, object? Value)> fields, out int reviews)
    {
        var writer = new SidecarWriter(new AnchorWriter(string.Empty));
        writer._json.Clear();
        writer.Inline(fields);
        reviews = writer.Reviews;
        return writer._json.ToString();
    }

    private void Inline(IEnumerable<(string Name, object? Value)> fields)
    {
        _json.Append("{ ");
        var first = true;
        foreach (var (name, value) in fields)
        {
            if (value is null) continue;
            if (!first) _json.Append(", ");
            first = false;
            String(name);
            _json.Append(": ");
            Value(value);
            if (name == "review") Reviews++;
        }
        _json.Append(" }");
    }

    private void NextProperty(string name)
    {
        _json.Append(_firstProperty ? "\n  " : ",\n  ");
        _firstProperty = false;
        String(name);
        _json.Append(": ");
    }

    private void Value(object value)
    {
        switch (value)
        {
            case NullValue: _json.Append("null"); break;
            case string text: String(text); break;
            case bool flag: _json.Append(flag ? "true" : "false"); break;
            case decimal number: _json.Append(number.ToString("0.##########", CultureInfo.InvariantCulture)); break;
            case int number: _json.Append(number.ToString(CultureInfo.InvariantCulture)); break;
            case IReadOnlyList<string> texts:
                _json.Append("[ ");
                for (var i = 0; i < texts.Count; i++)
                {
                    if (i > 0) _json.Append(", ");
                    String(texts[i]);
                }
                _json.Append(" ]");
                break;
            case IEnumerable<(string Name, object? Value)> fields: Inline(fields); break;
            case IEnumerable<IEnumerable<(string Name, object? Value)>> objects:
                _json.Append("[ ");
                var first = true;
                foreach (var fields in objects)
                {
                    if (!first) _json.Append(", ");
                    first = false;
                    Inline(fields);
                }
                _json.Append(" ]");
                break;
            case IEnumerable<string> words:
                _json.Append('[');
                var firstWord = true;
                foreach (var word in words)
                {
                    if (!firstWord) _json.Append(", ");
                    firstWord = false;
                    String(word);
                }
                _json.Append(']');
                break;
            default: String(value.ToString()!); break;
        }
    }

    private void String(string value) => _json.Append('"').Append(JsonEscaping.Encode(value)).Append('"');
}
