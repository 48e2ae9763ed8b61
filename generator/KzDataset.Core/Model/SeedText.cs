namespace KzDataset.Core.Model;

/// <summary>
/// A verbatim seed text, the SHA-256 of its UTF-8 bytes, and their FNV-1a fingerprint (what the
/// runtime checks on load); or, for a file that is not UTF-8, the diagnostic that says where.
/// <see cref="StartsWithBom"/>: the file starts with a UTF-8 byte-order mark (not part of <see cref="Content"/>).
/// </summary>
public sealed record SeedText(string Path, string FileName, string BaseName, string Content, string Sha256, ulong Fingerprint,
    Common.DiagnosticInfo? Unreadable = null, bool StartsWithBom = false);
