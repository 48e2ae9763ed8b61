namespace KzDataset;

/// <summary>
/// One article of the manifest: its id, the base name its text and sidecar share
/// ("002_0ce620ee8e70cfa9"), and where its record is (bucket and byte offset in the bucket's data).
/// </summary>
internal sealed record ManifestEntry(string Id, string BaseName, int Bucket, int Offset);
