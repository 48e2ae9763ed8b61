using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KzDataset.Generator.Tests.Infrastructure;

/// <summary>
/// An AdditionalFile as the compiler reads it from disk: decoded from its bytes (a byte-order mark
/// stripped, invalid sequences as U+FFFD), with the checksum of those bytes.
/// </summary>
internal sealed class BytesAdditionalText(string path, byte[] bytes) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default)
        => SourceText.From(new MemoryStream(bytes), checksumAlgorithm: SourceHashAlgorithm.Sha256, canBeEmbedded: true);
}
