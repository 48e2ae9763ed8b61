using System.Text;
using KzDataset.Synthetic.Model;

namespace KzDataset.Synthetic;

/// <summary>Appends text and returns where each annotated piece landed, so offsets never have to be searched for.</summary>
internal sealed class TextBuilder
{
    private readonly StringBuilder _text = new(6 * 1024);

    public int Length => _text.Length;

    public TextBuilder Add(string text)
    {
        _text.Append(text);
        return this;
    }

    public Span Mark(string text)
    {
        var start = _text.Length;
        _text.Append(text);
        return new Span(start, text.Length);
    }

    public override string ToString() => _text.ToString();
}
