using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KzDataset.Bench.Scaling;

/// <summary>A seed file handed to the generator as an additional file, read once.</summary>
internal sealed class SeedAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public SeedAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
