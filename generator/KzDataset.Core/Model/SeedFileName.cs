namespace KzDataset.Core.Model;

/// <summary>A seed text's names only, for the corpus check that every text has a sidecar (unaffected by edits of the text).</summary>
public sealed record SeedFileName(string Path, string FileName, string BaseName);
