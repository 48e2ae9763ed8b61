namespace KzDataset.Generator.Model;

/// <summary>A seed text's names only, for the corpus check that every text has a sidecar (unaffected by edits of the text).</summary>
internal sealed record SeedFile(string Path, string FileName, string BaseName);
