using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KzDataset.Core.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KzDataset.Generator.Roslyn;

/// <summary>
/// The generator's first step: an AdditionalFile with its seed kind, equal to another when the path,
/// the kind and the checksum of the file's bytes are (the content, when a text has no checksum). The
/// compiler server hands the generator a new AdditionalText object for every file on every build; an
/// unchanged file stops here, before its content is decoded, hashed or parsed again. The text rides
/// along for the next step and takes no part in equality. A file that is not a seed is not read.
/// </summary>
internal sealed class SeedSource : IEquatable<SeedSource>
{
    private readonly ImmutableArray<byte> _checksum;
    private readonly SourceHashAlgorithm _algorithm;

    private SeedSource(string path, SeedKind kind, SourceText? text)
    {
        Path = path;
        Kind = kind;
        Text = text;
        _checksum = text?.GetChecksum() ?? ImmutableArray<byte>.Empty;
        _algorithm = text?.ChecksumAlgorithm ?? default;
    }

    public string Path { get; }

    public SeedKind Kind { get; }

    /// <summary>The text as the compiler decoded it; null for a file that is not a seed or cannot be read.</summary>
    public SourceText? Text { get; }

    public static SeedSource Read(AdditionalText file, SeedKind kind, CancellationToken cancellationToken)
        => new(file.Path, kind, kind == SeedKind.None ? null : file.GetText(cancellationToken));

    public bool Equals(SeedSource? other)
    {
        if (other is null || other.Path != Path || other.Kind != Kind) return false;
        if (Text is null || other.Text is null) return Text is null && other.Text is null;
        if (!_checksum.IsDefaultOrEmpty && !other._checksum.IsDefaultOrEmpty && _algorithm == other._algorithm)
        {
            return _checksum.SequenceEqual(other._checksum);
        }
        return Text.ContentEquals(other.Text);
    }

    public override bool Equals(object? obj) => Equals(obj as SeedSource);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ (int)Kind;
}
