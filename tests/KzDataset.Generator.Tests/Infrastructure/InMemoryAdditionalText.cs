using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>
/// The tests' one AdditionalFiles item, held in memory as the compiler would pass it to the
/// generator: from text, a file without a byte-order mark (its checksum is of the text's UTF-8
/// bytes alone); from bytes, a file as the compiler reads it from disk (a byte-order mark stripped,
/// invalid sequences as U+FFFD, the checksum of those bytes).
/// </summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly string? _content;
    private readonly byte[]? _bytes;
    private readonly SourceText? _text;

    public InMemoryAdditionalText(string path, string content)
    {
        Path = path;
        _content = content;
        _text = SourceText.From(content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), SourceHashAlgorithm.Sha256);
    }

    public InMemoryAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        _bytes = bytes;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default)
        => _text ?? SourceText.From(new MemoryStream(_bytes!), checksumAlgorithm: SourceHashAlgorithm.Sha256, canBeEmbedded: true);

    /// <summary>A new object for the same file, as the compiler server hands the generator on every build.</summary>
    public InMemoryAdditionalText Copy() => _bytes is null ? new InMemoryAdditionalText(Path, _content!) : new InMemoryAdditionalText(Path, _bytes);
}
