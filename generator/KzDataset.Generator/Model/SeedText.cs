namespace KzDataset.Generator.Model;

/// <summary>A verbatim seed text and the SHA-256 of its UTF-8 bytes.</summary>
internal sealed record SeedText(string Path, string FileName, string BaseName, string Content, string Sha256);
