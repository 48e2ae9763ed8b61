namespace KzDataset;

/// <summary>One article of the manifest: its id and the base name its text and sidecar share ("002_0ce620ee8e70cfa9").</summary>
internal sealed record ManifestEntry(string Id, string BaseName);
